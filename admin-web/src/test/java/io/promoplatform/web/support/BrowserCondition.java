package io.promoplatform.web.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests where Debian's Chromium and its chromedriver are installed, and always on CI
 * (.ci/run installs them), where a missing browser must fail rather than skip.
 */
public class BrowserCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Browser.installed()) {
            return ConditionEvaluationResult.enabled("Chromium at " + Browser.CHROMIUM);
        }
        if (TestDatabases.requiredByCi()) {
            return ConditionEvaluationResult.enabled("CI=true: Chromium is required, so these tests run and fail");
        }
        return ConditionEvaluationResult.disabled("no " + Browser.CHROMIUM + " / " + Browser.CHROMEDRIVER
                + " (outside CI; apt-get install -y chromium chromium-driver)");
    }
}

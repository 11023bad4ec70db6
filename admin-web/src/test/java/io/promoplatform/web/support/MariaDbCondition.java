package io.promoplatform.web.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs MariaDB tests when the server answers, and always on CI, where a missing server must fail. */
public class MariaDbCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestDatabases.mariaDbAvailable()) {
            return ConditionEvaluationResult.enabled("MariaDB answers at " + TestDatabases.MARIADB_HOST);
        }
        if (TestDatabases.requiredByCi()) {
            return ConditionEvaluationResult.enabled("CI=true: MariaDB is required, so these tests run and fail");
        }
        return ConditionEvaluationResult.disabled("no MariaDB at " + TestDatabases.MARIADB_HOST + " (outside CI)");
    }
}

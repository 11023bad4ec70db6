package io.promoplatform.web.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Browser;
import io.promoplatform.web.support.BrowserTestSupport;
import io.promoplatform.web.support.InBrowser;
import io.promoplatform.web.support.OnH2;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/** A marketer builds, previews and submits a guided rule in Chromium; an admin's broken DRL names its line. */
@OnH2
@InBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RulesInBrowserTest extends BrowserTestSupport {

    /** Builds a PERCENT_OFF rule through the form, first with a refused percent; answers the rule id. */
    static String buildRule(Browser browser, String name) {
        browser.go("/rules");
        browser.click(By.id("new-rule"));
        browser.type(By.id("name"), name);
        browser.selectValue(By.id("effectType"), "PERCENT_OFF");
        browser.type(By.id("percent"), "150");
        browser.screenshot("builder-filled");
        browser.click(By.id("save-rule"));
        browser.waitFor(By.cssSelector(".field-error[data-field=percent]"));
        browser.screenshot("builder-refused-percent");
        assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo(name);
        browser.type(By.id("percent"), "10");
        browser.click(By.id("save-rule"));
        browser.waitFor(By.id("flash-success"));
        String path = browser.path();
        assertThat(path).matches("/rules/R-\\d+");
        return path.substring("/rules/".length());
    }

    @Test
    void aMarketerBuildsPreviewsAndSubmitsAGuidedRule() {
        browser.signIn("marketer", "marketer-demo");
        String name = "Browser ten " + UUID.randomUUID().toString().substring(0, 8);

        String id = buildRule(browser, name);
        browser.screenshot("rule-saved");
        browser.click(By.id("run-preview"));
        browser.waitFor(By.id("preview-result"));
        browser.screenshot("preview");
        assertThat(browser.text(By.id("preview-result"))).contains(id + " rev. 1");
        browser.click(By.id("submit-rule"));
        browser.waitForText(By.id("rule-state"), "Pending approval");
        browser.screenshot("submitted");

        browser.go("/rules?q=" + name.replace(' ', '+'));
        assertThat(browser.text(By.id("rules-table"))).contains(id).contains("Pending approval");
        browser.screenshot("list-filtered");
    }

    @Test
    void anAdminsRawDrlWithAnErrorShowsItsLineAndColumn() {
        browser.signIn("admin", "admin-demo");
        browser.go("/rules");
        browser.click(By.id("new-drl-rule"));
        browser.type(By.id("name"), "Hostile " + UUID.randomUUID().toString().substring(0, 8));
        browser.type(By.id("drl"), "package io.promoplatform.rules.custom;\nimport io.promoplatform.rules.facts.LineFact;\n"
                + "rule \"exit\"\nwhen\n    $l : LineFact()\nthen\n    System.exit(0);\nend\n");
        browser.click(By.id("save-drl"));
        browser.waitFor(By.cssSelector(".field-error[data-field=drl]"));
        browser.screenshot("drl-refused");

        assertThat(browser.text(By.cssSelector(".field-error[data-field=drl]"))).containsPattern("line 7, column \\d+");
        assertThat(browser.find(By.cssSelector("li.bad-line")).getAttribute("data-line")).isEqualTo("7");
    }
}

package io.promoplatform.web.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.BrowserTestSupport;
import io.promoplatform.web.support.InBrowser;
import io.promoplatform.web.support.OnH2;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/** Four-eyes in Chromium: another person approves from the inbox; the author is shown why they cannot. */
@OnH2
@InBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalsInBrowserTest extends BrowserTestSupport {

    private String submittedRule(String user) {
        browser.signIn(user, user + "-demo");
        String id = RulesInBrowserTest.buildRule(browser, "Approve me " + UUID.randomUUID().toString().substring(0, 8));
        browser.click(By.id("submit-rule"));
        browser.waitForText(By.id("rule-state"), "Pending approval");
        return id;
    }

    @Test
    void anotherPersonApprovesAMarketersSubmissionFromTheInbox() {
        String id = submittedRule("marketer");
        assertThat(browser.present(By.id("nav-approvals"))).isFalse();

        browser.signIn("approver", "approver-demo");
        browser.click(By.id("nav-approvals"));
        browser.waitFor(By.id("review-" + id));
        browser.screenshot("inbox");
        assertThat(browser.text(By.cssSelector("[data-rule='" + id + "']"))).contains("marketer").contains("10% of each");
        browser.click(By.id("review-" + id));
        browser.waitFor(By.id("approve"));
        browser.screenshot("detail");
        browser.type(By.id("approve-comment"), "fine for the winter");
        browser.click(By.id("approve"));
        browser.waitFor(By.id("flash-success"));
        browser.screenshot("approved");
        assertThat(browser.text(By.id("flash-success"))).contains(id);
        browser.go("/rules/" + id);
        assertThat(browser.text(By.id("rule-state"))).isEqualTo("Approved");
    }

    @Test
    void theAuthorOfASubmissionIsToldWhyTheyCannotApproveIt() {
        String id = submittedRule("admin");

        browser.go("/approvals/" + id);
        browser.waitFor(By.id("self-approval"));
        browser.screenshot("own-submission");

        assertThat(browser.text(By.id("self-approval"))).contains("someone else");
        assertThat(browser.present(By.id("approve"))).isFalse();
        assertThat(browser.present(By.id("reject"))).isFalse();
    }
}

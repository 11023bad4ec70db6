package io.promoplatform.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.engine.model.Learner;
import io.promoplatform.engine.model.ModelTraining;
import io.promoplatform.engine.model.PriceModel;
import io.promoplatform.engine.model.TrainingOptions;
import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.BrowserTestSupport;
import io.promoplatform.web.support.InBrowser;
import io.promoplatform.web.support.OjFixture;
import io.promoplatform.web.support.OnH2;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The price-model pages in Chromium: metrics and charts for everyone, upload and activation for admins. */
@OnH2
@InBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelsInBrowserTest extends BrowserTestSupport {

    private boolean chartDrawn(String canvasId) {
        Object drawn = ((JavascriptExecutor) browser.driver())
                .executeScript("return window.Chart && Chart.getChart(arguments[0]) ? Chart.getChart(arguments[0]).data.datasets.length : 0;",
                        canvasId);
        return ((Number) drawn).intValue() > 0;
    }

    @Test
    void aMarketerSeesTheActiveModelsAccuracyAndChartsButNoActivation() {
        browser.signIn("marketer", "marketer-demo").go("/models");
        String active = browser.text(By.cssSelector("#models tbody tr .badge.active"));
        assertThat(active).isNotBlank();
        assertThat(browser.present(By.id("upload"))).isFalse();
        browser.click(By.cssSelector("#models tbody tr:has(.badge.active) a"));
        browser.waitFor(By.id("accuracy"));
        assertThat(browser.text(By.id("model-status"))).isEqualTo(active);
        assertThat(browser.text(By.id("accuracy"))).contains("Leave-stores-out");
        assertThat(browser.all(By.cssSelector("#signals tbody tr")).size()).isGreaterThanOrEqualTo(11);
        assertThat(chartDrawn("scatter-chart")).isTrue();
        assertThat(chartDrawn("elasticity-chart")).isTrue();
        assertThat(browser.present(By.id("activate"))).isFalse();
        browser.screenshot("model-detail");
    }

    @Test
    void anAdminUploadsATrainedModelReviewsItActivatesItWithConfirmationAndSwitchesBack() throws Exception {
        Api api = new Api(port);
        String shipped = null;
        for (var m : api.get("/api/v1/admin/models").as("admin").send().json()) {
            if (m.get("active").asBoolean()) {
                shipped = m.get("version").asString();
            }
        }
        String version = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        Path file = trainSmall(version);

        browser.signIn("admin", "admin-demo").go("/models");
        browser.find(By.id("artifact")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.cssSelector("#upload button[type=submit]"));
        browser.waitForText(By.id("flash-success"), version);
        assertThat(browser.path()).isEqualTo("/models/" + version);
        browser.screenshot("uploaded");

        browser.click(By.id("activate"));
        assertThat(browser.pageText()).contains("Currently active: " + shipped);
        browser.screenshot("confirm-activation");
        browser.click(By.id("confirm-activate"));
        browser.waitForText(By.id("flash-success"), "now active");
        assertThat(browser.text(By.id("model-status"))).isEqualTo("active");
        var quote = api.post("/api/v1/quotes").bearer("demo-storefront-key")
                .json("{\"channel\":\"web\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1}]}").send().json();
        assertThat(quote.get("modelVersion").asString()).isEqualTo(version);

        browser.go("/models/" + shipped + "/activate").click(By.id("confirm-activate"));
        browser.waitForText(By.id("flash-success"), shipped);
        browser.screenshot("switched-back");
    }

    @Test
    void aBrokenUploadIsRefusedWithAMessage() throws Exception {
        Path junk = Files.createTempFile("not-a-model", ".bin");
        Files.writeString(junk, "hello");
        browser.signIn("admin", "admin-demo").go("/models");
        browser.find(By.id("artifact")).sendKeys(junk.toAbsolutePath().toString());
        browser.click(By.cssSelector("#upload button[type=submit]"));
        browser.waitForText(By.id("flash-error"), "not a price-model artifact");
        assertThat(browser.pageText()).doesNotContain("Exception");
    }

    private static Path trainSmall(String version) throws Exception {
        Path dir = Files.createTempDirectory("oj-fixture");
        OjFixture.Files3 data = OjFixture.write(dir, 5);
        PriceModel model = ModelTraining.train(data.sales(), data.stores(), data.segments(),
                TrainingOptions.defaults().withCandidates(List.of(Learner.LOG_LOG_OLS)).withFolds(3).withHoldoutWeeks(5)
                        .withVersion(version), line -> { });
        Path file = dir.resolve(version + ".bin");
        try (OutputStream out = Files.newOutputStream(file)) {
            model.write(out);
        }
        return file;
    }
}

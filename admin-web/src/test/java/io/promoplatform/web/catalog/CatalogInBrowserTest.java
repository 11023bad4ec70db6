package io.promoplatform.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.BrowserTestSupport;
import io.promoplatform.web.support.InBrowser;
import io.promoplatform.web.support.OnH2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The catalog in Chromium: an all-or-nothing import with its row errors, and a read-only auditor. */
@OnH2
@InBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogInBrowserTest extends BrowserTestSupport {

    private static Path csv(String text) throws IOException {
        Path file = Files.createTempFile("catalog-import", ".csv");
        Files.writeString(file, text);
        file.toFile().deleteOnExit();
        return file;
    }

    private int status(String sku) {
        return new Api(port).get("/api/v1/admin/products/" + sku).as("marketer").send().status();
    }

    @Test
    void aFileWithABadRowImportsNothingAndTheFixedFileImportsEverything() throws IOException {
        String prefix = "CIB-" + UUID.randomUUID().toString().substring(0, 6);
        String good = prefix + "-A";
        String bad = prefix + "-B";
        String header = "sku,name,brand,category,listPrice,cost,currency\n";
        browser.signIn("marketer", "marketer-demo");
        browser.go("/catalog/products");
        browser.click(By.id("catalog-import"));
        browser.find(By.id("file")).sendKeys(csv(header + good + ",Good juice,Acme,juice,2.49,1.10,USD\n"
                + bad + ",Bad juice,Acme,juice,-3.00,1.10,USD\n").toString());
        browser.screenshot("import-chosen");
        browser.click(By.id("import-submit"));

        browser.waitFor(By.id("import-errors"));
        assertThat(browser.all(By.cssSelector("#import-errors tr.import-error"))).hasSize(1);
        assertThat(browser.text(By.cssSelector("#import-errors tr.import-error")))
                .contains("2").contains("3").contains("listPrice").contains("must not be negative");
        assertThat(status(good)).isEqualTo(404);
        assertThat(status(bad)).isEqualTo(404);
        browser.screenshot("import-refused");

        browser.find(By.id("file")).sendKeys(csv(header + good + ",Good juice,Acme,juice,2.49,1.10,USD\n"
                + bad + ",Fixed juice,Acme,juice,3.00,1.10,USD\n").toString());
        browser.click(By.id("import-submit"));

        assertThat(browser.text(By.id("flash-success"))).contains("Imported 2 products (2 new, 0 updated)");
        assertThat(status(good)).isEqualTo(200);
        assertThat(status(bad)).isEqualTo(200);
        browser.screenshot("imported");
    }

    @Test
    void anAuditorSeesNoEditButtonsAndTheirPostIsRefused() {
        String sku = "CIB-" + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("auditor", "auditor-demo");
        browser.go("/catalog/products");
        assertThat(browser.present(By.id("products"))).isTrue();
        assertThat(browser.present(By.id("product-new"))).isFalse();
        assertThat(browser.present(By.id("catalog-import"))).isFalse();
        assertThat(browser.present(By.cssSelector("a.edit-product"))).isFalse();
        browser.click(By.id("catalog-nav-segments"));
        assertThat(browser.present(By.id("segments"))).isTrue();
        browser.screenshot("auditor-read-only");

        // a hand-made form with the session's real CSRF token: only the role can refuse it
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const token = document.querySelector('input[name=_csrf]').value;
                const f = document.createElement('form');
                f.method = 'post'; f.action = '/catalog/products';
                for (const [k, v] of Object.entries({_csrf: token, sku: arguments[0], name: 'Sneaky', brand: 'A',
                        category: 'juice', listPrice: '1.00', cost: '0.50', currency: 'USD'})) {
                    const i = document.createElement('input'); i.type = 'hidden'; i.name = k; i.value = v; f.appendChild(i);
                }
                document.body.appendChild(f); f.submit();""", sku);
        assertThat(browser.text(By.id("problem-message"))).contains("roles do not open");
        assertThat(status(sku)).isEqualTo(404);
        browser.screenshot("auditor-post-refused");
    }

    @Test
    void aMarketerSeesFieldMessagesOnABadProduct() {
        String sku = "CIB-" + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("marketer", "marketer-demo");
        browser.go("/catalog/products/new");
        browser.type(By.id("sku"), sku);
        browser.type(By.id("name"), "Form juice");
        browser.type(By.id("brand"), "Acme");
        browser.type(By.id("category"), "juice");
        browser.type(By.id("listPrice"), "abc");
        browser.type(By.id("cost"), "1.00");
        browser.type(By.id("currency"), "XXQ");
        browser.click(By.id("product-save"));

        assertThat(browser.find(By.cssSelector(".field-error[data-field=currency]")).getText()).isNotBlank();
        assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("Form juice");
        browser.screenshot("product-form-refused");
        browser.type(By.id("listPrice"), "2.99");
        browser.type(By.id("currency"), "USD");
        browser.click(By.id("product-save"));
        assertThat(browser.text(By.id("flash-success"))).contains(sku);
        assertThat(browser.present(By.id("product-" + sku)) || status(sku) == 200).isTrue();
        browser.screenshot("product-saved");
    }
}

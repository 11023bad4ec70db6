package io.promoplatform.web.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven through /usr/bin/chromedriver (never a downloaded browser),
 * pointed at a running test server. Every step a test wants to keep is saved as a screenshot under
 * {@code target/browser-screenshots/<test class>/}, numbered in order; CI keeps them as artifacts.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final String baseUrl;
    private final Path shots;
    private final AtomicInteger shotNo = new AtomicInteger();

    private Browser(WebDriver driver, String baseUrl, Path shots) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.shots = shots;
    }

    public static boolean installed() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /** @param owner the test class; its simple name names the screenshot folder */
    public static Browser open(int port, Class<?> owner) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,900", "--lang=en-US", "--disable-search-engine-choice-screen");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Path dir = Path.of("target", "browser-screenshots", owner.getSimpleName());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Browser(driver, "http://localhost:" + port, dir);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the server, e.g. {@code /rules?state=DRAFT}. */
    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    /** Signs out whoever is signed in, then signs in through the login form. */
    public Browser signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        go("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.cssSelector("form button[type=submit]"));
        waitFor(By.id("sign-out"));
        return this;
    }

    public Browser signOut() {
        click(By.id("sign-out"));
        waitFor(By.id("username"));
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public Browser waitFor(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
        return this;
    }

    /** Waits until the element's text contains {@code text} (for pages that update themselves). */
    public Browser waitForText(By by, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return this;
    }

    public Browser type(By by, String text) {
        WebElement e = find(by);
        e.clear();
        e.sendKeys(text);
        return this;
    }

    public Browser select(By by, String visibleText) {
        new Select(find(by)).selectByVisibleText(visibleText);
        return this;
    }

    public Browser selectValue(By by, String value) {
        new Select(find(by)).selectByValue(value);
        return this;
    }

    public Browser click(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    /** Clicks and accepts the JavaScript confirm() the click raises. */
    public Browser clickAndConfirm(By by) {
        click(by);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.alertIsPresent()).accept();
        return this;
    }

    public String text(By by) {
        return find(by).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a screenshot of the viewport as {@code NN-name.png}; returns its path. */
    public Path screenshot(String name) {
        File png = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        String file = String.format(Locale.ROOT, "%02d-%s.png", shotNo.incrementAndGet(),
                name.replaceAll("[^A-Za-z0-9._-]", "-"));
        Path target = shots.resolve(file);
        try {
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    @Override
    public void close() {
        driver.quit();
    }
}

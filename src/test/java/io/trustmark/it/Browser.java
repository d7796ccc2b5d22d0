package io.trustmark.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests: Debian's {@code chromium} and {@code chromedriver} from
 * /usr/bin, a throw-away profile, and nothing downloaded (Selenium Manager is never asked). One
 * instance is one person at one browser; close it to quit the browser and delete its profile.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final String NOT_INSTALLED =
            "Chromium is not installed: apt-get install -y chromium chromium-driver (the browser tests are skipped)";

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String prefix;
    private int shots;

    /**
     * Selenium warns that it has no DevTools bindings for this Chromium version; the tests use none
     * (screenshots go through chromedriver's own CDP endpoint). Held here so the level sticks.
     */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
    }

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path screenshots;

    /** Both the browser and its driver are installed where Debian puts them. */
    public static boolean available() {
        return executable(CHROMIUM) && executable(CHROMEDRIVER);
    }

    private static boolean executable(String path) {
        var file = new File(path);
        return file.isFile() && file.canExecute();
    }

    public Browser() {
        this("");
    }

    /** @param prefix starts the name of every {@link #shot}, so several journeys keep their screenshots apart */
    public Browser(String prefix) {
        this.prefix = prefix;
        // The driver is named explicitly, so Selenium Manager has nothing to look up or download.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        try {
            profile = Files.createTempDirectory("trustmark-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        // The console, for cspViolations(): Chromium logs every script the Content-Security-Policy blocks.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile();
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        screenshots = Path.of(System.getProperty("trustmark.it.screenshots", "target/screenshots"));
    }

    public WebDriver driver() {
        return driver;
    }

    // ---- what a person does on a page ----------------------------------------------------------

    /** Clicks something that loads a new page and waits until the new page is there. */
    public void clickAndLoad(WebElement element) {
        var page = currentPage();
        element.click();
        awaitNewPage(page);
    }

    public void clickAndLoad(By locator) {
        clickAndLoad(driver.findElement(locator));
    }

    /** The page now shown, to hand to {@link #awaitNewPage} after a key press or a click that replaces it. */
    public WebElement currentPage() {
        return driver.findElement(By.tagName("html"));
    }

    /** Waits until {@code page}, from {@link #currentPage()}, has been replaced and the new page has loaded. */
    public void awaitNewPage(WebElement page) {
        // Gone means loaded. Chromium sometimes answers the check on the old page's node with an inspector error
        // ("does not belong to the document") instead of a stale-element error; both say the page was replaced.
        waiting().until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException replaced) {
                return true;
            }
        });
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Types {@code text} into an empty field and makes sure it is there: a widget closing elsewhere on the page
     * (a date picker's pop-up) can take keystrokes or the focus away in a busy browser.
     */
    public void type(By field, String text) {
        for (int attempt = 1; ; attempt++) {
            var input = waiting().until(ExpectedConditions.elementToBeClickable(field));
            input.clear();
            input.sendKeys(text);
            if (text.equals(input.getAttribute("value")) || attempt == 3) {
                return;
            }
        }
    }

    /** Waits until PrimeFaces' Ajax requests are answered. */
    public void waitForAjax() {
        waiting().until(d ->
                (Boolean) ((JavascriptExecutor) d).executeScript("return !window.jQuery || jQuery.active === 0;"));
    }

    public void waitForHeading(String text) {
        waitForText(By.cssSelector("main h1"), text);
    }

    public void waitForText(By locator, String text) {
        waiting()
                .withMessage(() -> "'" + text + "' in " + locator + " on " + driver.getCurrentUrl())
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** A page message (the flash after a redirect, or a message for the whole page). */
    public void waitForMessage(String text) {
        waitForText(By.id("pageMessages"), text);
    }

    public void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    public WebElement header() {
        return driver.findElement(By.cssSelector("header.tm-header"));
    }

    /** Signs in through the header's link and the sign-in page. */
    public void signIn(String username, String password) {
        clickAndLoad(header().findElement(By.linkText("Sign in")));
        waitForHeading("Sign in");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        clickAndLoad(driver.findElement(By.id("login:submit")));
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("header .tm-signed-in"), username));
    }

    public void signOut() {
        clickAndLoad(header().findElement(By.id("signOut:submit")));
        waiting().until(d -> !header().findElements(By.linkText("Sign in")).isEmpty());
    }

    /**
     * On the wizard's last step: presses "check again" while the uploaded card is still being read (machine reading
     * runs in every deployment), so that "send" is not refused for a card whose religion is not yet blanked.
     */
    public void awaitReading() {
        var deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!driver.findElements(By.id("verify:prefillRefresh")).isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            clickAndLoad(By.id("verify:prefillRefresh"));
        }
    }

    /** Waits until an image has loaded (a broken or empty image fails). */
    public void waitForImage(WebElement image) {
        waiting().until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", image));
    }

    /** Numbered screenshots, {@code <prefix>NN-name.png}, in the order a journey takes them. */
    public Path shot(String name) {
        return screenshot(String.format("%s%02d-%s", prefix, ++shots, name));
    }

    /** An explicit wait of up to 30 seconds. */
    public WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /**
     * Saves the whole page (not only the window) as {@code name}.png in the screenshot directory and
     * returns the file.
     */
    public Path screenshot(String name) {
        var file = screenshots.resolve(name.endsWith(".png") ? name : name + ".png");
        try {
            Files.createDirectories(screenshots);
            Files.write(file, fullPage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Saves the current page's HTML next to the screenshots, for a failure's post-mortem. */
    /**
     * What the console reported as blocked by the Content-Security-Policy since the last call (the log is
     * emptied by reading it): a page whose scripts lack the nonce shows up here, even when it looks right.
     */
    public List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    public Path pageSource(String name) {
        var file = screenshots.resolve(name + ".html");
        try {
            Files.createDirectories(screenshots);
            Files.writeString(file, driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private byte[] fullPage() {
        try {
            var metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            var content = (Map<String, Object>) metrics.get("cssContentSize");
            var width = ((Number) content.get("width")).doubleValue();
            var height = Math.min(((Number) content.get("height")).doubleValue(), 8000);
            var shot = driver.executeCdpCommand(
                    "Page.captureScreenshot",
                    Map.of(
                            "format",
                            "png",
                            "captureBeyondViewport",
                            true,
                            "clip",
                            Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            return Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException e) {
            return driver.getScreenshotAs(OutputType.BYTES);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory; the OS cleans up what is left
        }
    }
}

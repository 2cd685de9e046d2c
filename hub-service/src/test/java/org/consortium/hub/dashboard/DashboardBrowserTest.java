package org.consortium.hub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.consortium.hub.datasets.DatasetSeeds;
import org.consortium.hub.indicators.IndicatorFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the dashboard in Debian's headless Chromium: signs in with the form, sets the period
 * to 2019 and then a genre, checks that the ECharts charts are drawn (a canvas, series with
 * data) or say that every figure is withheld, that circus in 2019 (two venues) is shown as
 * suppressed with its reason and no value,
 * that the CSV link downloads the same table, and that the page switches to French. Screenshots
 * go to {@code hub-service/target/dashboard.png} and {@code dashboard-fr.png}.
 *
 * <p>The browser comes from {@code deploy/local/browser.sh ensure}, which installs
 * {@code chromium} and {@code chromium-driver} with apt-get when missing (root); the test is
 * skipped, with the script's message, only when that is impossible.
 */
@QuarkusTest
@Tag("embedded-only")
class DashboardBrowserTest {

    static WebDriver driver;
    static Path profile;

    @TestHTTPResource("/")
    URL base;

    @Inject
    DatasetSeeds seeds;

    @BeforeAll
    static void startBrowser() throws Exception {
        Map<String, String> paths = ensureBrowser();
        profile = Files.createTempDirectory("hub-dashboard-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(paths.get("CHROMIUM"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(paths.get("CHROMEDRIVER"))).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void signsInFiltersAndSeesChartsTheSuppressedCellTheCsvAndFrench() throws Exception {
        IndicatorFixture.load(seeds);
        String analyst = IndicatorFixture.freshAnalyst("analyst-browser");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(150));

        // Signing in: the dashboard sends an anonymous browser to the form, then back.
        driver.get(url("dashboard?lang=en"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username"))).sendKeys(analyst);
        driver.findElement(By.id("j_password")).sendKeys(IndicatorFixture.PASSWORD);
        driver.findElement(By.id("sign-in-button")).click();
        WebElement welcome = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
        assertThat(welcome.getText()).isEqualTo("Welcome, " + analyst);
        assertThat(driver.findElement(By.id("organisation")).getText()).contains("opera-sud");

        // A filter: the period 2019 (month inputs are set as the browser's own picker would).
        setValue(driver.findElement(By.id("from")), "2019-01");
        setValue(driver.findElement(By.id("to")), "2019-12");
        driver.findElement(By.id("apply")).click();
        wait.until(ExpectedConditions.urlContains("from=2019-01"));
        waitForChart(wait, "audience-department");

        // A chart whose every figure is withheld says so instead of drawing empty axes: in 2019
        // June is dominated by one venue (B), and the figures around it are withheld with it.
        for (String chart : List.of("tickets-month", "occupancy-genre", "audience-department", "first-time-month",
                "tariff-mix")) {
            WebElement el = driver.findElement(By.id("chart-" + chart));
            if (el.getAttribute("class").contains("empty")) {
                assertThat(el.getText()).as(chart).isNotBlank();
                assertThat(el.findElements(By.tagName("canvas"))).as(chart).isEmpty();
            } else {
                assertThat(seriesCount(chart)).as(chart).isGreaterThan(0);
                assertThat(el.findElements(By.tagName("canvas"))).as(chart).isNotEmpty();
            }
        }
        assertThat(driver.findElement(By.cssSelector("#card-tickets-month .withheld-note")).getText())
                .contains("2019-06 (B)");
        // Occupancy by genre: circus is withheld, named with its status under the chart, never drawn.
        assertThat(driver.findElement(By.cssSelector("#card-occupancy-genre .withheld-note")).getText())
                .contains("Circus (A)");
        assertThat(notDrawn("occupancy-genre", "Circus")).isTrue();

        // The table: circus withheld (status A) with the reason, and no value.
        WebElement circus = driver.findElement(By.cssSelector("#indicator-table tr[data-cell='genre=circus']"));
        WebElement cell = circus.findElement(By.cssSelector("td.suppressed"));
        assertThat(cell.getAttribute("data-status")).isEqualTo("A");
        assertThat(cell.getText()).contains("Suppressed (A)").contains("fewer than 3").doesNotContain("65");
        assertThat(circus.findElements(By.cssSelector("td.value"))).isEmpty();
        assertThat(driver.findElement(By.id("datasets-used")).getText()).contains("opera-sud-billetterie");
        assertThat(driver.findElement(By.id("disclosure-rules")).getText()).contains("venues contribute");

        screenshot("dashboard.png");

        // The CSV link downloads the same table with the browser's session.
        String csvHref = driver.findElement(By.id("csv-download")).getAttribute("href");
        assertThat(csvHref).contains("/dashboard/table.csv").contains("from=2019-01").contains("by=genre");
        String csv = download(csvHref);
        assertThat(csv).startsWith("genre,total,value,status,reason").contains("circus,false,,A,");

        // Another filter, through the select box: dance only. Dance in May is withheld (D): with
        // May's total it would give circus, which two venues make. The chart says so.
        new Select(driver.findElement(By.id("genre"))).selectByValue("dance");
        driver.findElement(By.id("apply")).click();
        wait.until(ExpectedConditions.urlContains("genre=dance"));
        WebElement danceNote = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#card-tickets-month .withheld-note")));
        assertThat(danceNote.getText()).contains("2019-05 (D)");
        assertThat(driver.findElements(By.cssSelector("#indicator-table tr[data-cell='genre=circus']"))).isEmpty();

        // The same page in French, filters kept.
        driver.findElement(By.id("lang-fr")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tableau de bord des publics"));
        assertThat(new Select(driver.findElement(By.id("genre"))).getFirstSelectedOption().getText()).isEqualTo("Danse");

        // A year of four venues of similar size: its month is drawn, with the exact total.
        driver.get(url("dashboard?lang=en&from=2015-01&to=2015-12&by=genre"));
        waitForChart(wait, "tickets-month");
        assertThat(driver.findElements(By.cssSelector("#chart-tickets-month canvas"))).isNotEmpty();
        assertThat(seriesData("tickets-month")).isEqualTo("[" + java.util.Arrays.stream(IndicatorFixture.THEATRE_2015).sum()
                + "]");
        screenshot("dashboard-fr.png");
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + "/" + path;
    }

    private static void setValue(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input, value);
    }

    /** Waits until dashboard.js has drawn this chart; keeps the page for diagnosis if it does not. */
    private static void waitForChart(WebDriverWait wait, String chart) throws IOException {
        try {
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "var el = document.getElementById('chart-' + arguments[0]);"
                            + " return document.readyState === 'complete' && !!window.echarts && !!window.hubCharts"
                            + " && (!!window.hubCharts[arguments[0]] || (!!el && el.className.indexOf('empty') >= 0));",
                    chart)));
        } catch (org.openqa.selenium.TimeoutException e) {
            Files.writeString(Path.of("target", "dashboard-failure.html"), driver.getPageSource());
            throw new AssertionError(chart + " was not drawn at " + driver.getCurrentUrl()
                    + "; page kept in target/dashboard-failure.html", e);
        }
    }

    private static long seriesCount(String chart) {
        Object n = ((JavascriptExecutor) driver).executeScript(
                "var c = window.hubCharts[arguments[0]]; return c ? c.getOption().series.length : 0;", chart);
        return ((Number) n).longValue();
    }

    /** True when the chart has no point for this label, or a gap ("-"), or is not drawn at all. */
    private static boolean notDrawn(String chart, String label) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var c = window.hubCharts[arguments[0]]; if (!c) { return true; }"
                        + "var o = c.getOption(); var i = o.xAxis[0].data.indexOf(arguments[1]);"
                        + "return i < 0 || o.series[0].data[i] === '-' || o.series[0].data[i] === null;", chart, label));
    }

    private static String seriesData(String chart) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return JSON.stringify(window.hubCharts[arguments[0]].getOption().series[0].data);", chart));
    }

    /** A full-page screenshot under hub-service/target/: the window is made as tall as the page. */
    private static void screenshot(String name) throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Number height = (Number) js.executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)"
                        + " + Math.max(0, window.outerHeight - window.innerHeight);");
        driver.manage().window().setSize(new Dimension(1400, Math.min(8000, height.intValue() + 16)));
        js.executeAsyncScript(
                "var done = arguments[arguments.length - 1]; requestAnimationFrame(function () { setTimeout(done, 300); });");
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    /** Fetches a link with the browser's session cookie (headless downloads go nowhere visible). */
    private static String download(String href) throws Exception {
        Cookie session = driver.manage().getCookieNamed("hub-session");
        assertThat(session).as("session cookie").isNotNull();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "hub-session=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return response.body();
    }

    /**
     * Runs deploy/local/browser.sh ensure (installs chromium and chromium-driver when missing)
     * and reads the paths it prints; skips the test with its message when it cannot.
     */
    static Map<String, String> ensureBrowser() throws Exception {
        Path script = findScript();
        Process process = new ProcessBuilder("bash", script.toString(), "ensure").redirectErrorStream(false).start();
        process.getOutputStream().close();
        StringBuilder err = new StringBuilder();
        Thread drain = new Thread(() -> {
            try {
                err.append(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the exit status says enough
            }
        });
        drain.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(20, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("deploy/local/browser.sh did not finish in 20 minutes");
        }
        drain.join();
        int status = process.exitValue();
        Assumptions.assumeTrue(status != 2, () -> "No headless browser for the dashboard test: " + err.toString().trim());
        if (status != 0) {
            throw new IllegalStateException("deploy/local/browser.sh ensure failed (" + status + "): " + err);
        }
        Map<String, String> paths = new HashMap<>();
        out.lines().filter(l -> l.contains("=")).forEach(l -> paths.put(l.substring(0, l.indexOf('=')),
                l.substring(l.indexOf('=') + 1).trim()));
        assertThat(paths).containsKeys("CHROMIUM", "CHROMEDRIVER");
        return paths;
    }

    private static Path findScript() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path script = dir.resolve("deploy/local/browser.sh");
            if (Files.isRegularFile(script)) {
                return script;
            }
        }
        throw new IllegalStateException("deploy/local/browser.sh not found above " + Path.of("").toAbsolutePath());
    }
}

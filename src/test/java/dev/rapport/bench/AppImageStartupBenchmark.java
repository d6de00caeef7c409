package dev.rapport.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import javax.tools.JavaCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up of the packaged app (issue 8): from launching {@code target/dist/rapport/bin/rapport}
 * until its window is on screen, against a bare JavaFX "hello" window packaged the same way
 * (a jpackage launcher on the very same runtime, started with Platform.startup like the app).
 * Both are timed from outside, by polling the X server for a visible window of the process,
 * so neither side's own clock or logging is trusted. Prints the figures and the ratio
 * (target: at most 1.5).
 *
 * <pre>
 * ./mvnw -B -DskipTests -Pdist package
 * xvfb-run -a ./mvnw -B -Pbench test -Dtest=AppImageStartupBenchmark
 * </pre>
 * Linux with an X display and xdotool only; skipped elsewhere.
 */
class AppImageStartupBenchmark {
    private static final int RUNS = 5;
    private static final long TIMEOUT_MS = 60_000;
    private static final Path APP_IMAGE = Path.of("target", "dist", "rapport");

    @TempDir
    Path work;

    @Test
    void printsHowLongTheAppImageTakesToShowItsWindowAgainstABareJavaFxWindow() throws Exception {
        Path launcher = APP_IMAGE.resolve("bin").resolve("rapport");
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), "Linux only");
        assumeTrue(Files.isExecutable(launcher), "build the app image first: ./mvnw -B -DskipTests -Pdist package");
        assumeTrue(System.getenv("DISPLAY") != null, "needs an X display: run under xvfb-run -a");
        assumeTrue(onPath("xdotool"), "needs xdotool");

        Path hello = packageHello();
        Path data = work.resolve("data");
        // a realistic folder: the sample data, and the database already created and migrated
        assertThat(run(List.of(launcher.toString(), "--data-dir", data.toString(), "demo"))).isZero();

        List<Long> app = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            // alternate, so that a slow moment of the machine hits both alike
            bare.add(millisToVisibleWindow(List.of(hello.toString())));
            app.add(millisToVisibleWindow(List.of(launcher.toString(), "--data-dir", data.toString())));
        }
        double ratio = (double) median(app) / median(bare);
        System.out.printf(Locale.ROOT, "%nStart-up to a visible window, %d runs each (ms)%n", RUNS);
        System.out.printf(Locale.ROOT, "  bare JavaFX hello : first %5d  median %5d  all %s%n", bare.get(0), median(bare), bare);
        System.out.printf(Locale.ROOT, "  Rapport app image : first %5d  median %5d  all %s%n", app.get(0), median(app), app);
        System.out.printf(Locale.ROOT, "  ratio (medians)   : %.2f (target <= 1.5)%n%n", ratio);
    }

    /** Starts the program, waits until one of its windows is visible, and stops it. */
    private static long millisToVisibleWindow(List<String> command) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            while (true) {
                long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                if (visibleWindowOf(p.pid())) {
                    return elapsed;
                }
                if (!p.isAlive() || elapsed > TIMEOUT_MS) {
                    throw new AssertionError(command + " showed no window (exit " + (p.isAlive() ? "none" : p.exitValue()) + ")");
                }
                Thread.sleep(10);
            }
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    private static boolean visibleWindowOf(long pid) throws Exception {
        Process q = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--pid", Long.toString(pid))
                .redirectErrorStream(true).start();
        byte[] out = q.getInputStream().readAllBytes();
        return q.waitFor() == 0 && out.length > 0;
    }

    /** Compiles a bare JavaFX window and packages it with jpackage onto the app image's runtime. */
    private Path packageHello() throws IOException {
        Path src = work.resolve("hello-src");
        Path classes = work.resolve("hello-classes");
        Path input = work.resolve("hello-input");
        Files.createDirectories(src);
        Files.createDirectories(input);
        Files.writeString(src.resolve("Hello.java"), """
                import javafx.application.Platform;
                import javafx.scene.Scene;
                import javafx.scene.control.Label;
                import javafx.stage.Stage;

                public final class Hello {
                    public static void main(String[] args) {
                        Platform.startup(() -> {
                            Stage stage = new Stage();
                            stage.setTitle("Hello");
                            stage.setScene(new Scene(new Label("Hello"), 320, 200));
                            stage.show();
                        });
                    }
                }
                """);
        JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "--release", "17", "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path"), src.resolve("Hello.java").toString());
        assertThat(compiled).isZero();
        tool("jar", "--create", "--file", input.resolve("hello.jar").toString(), "-C", classes.toString(), ".");
        tool("jpackage", "--type", "app-image", "--name", "hello", "--dest", work.resolve("hello-image").toString(),
                "--input", input.toString(), "--main-jar", "hello.jar", "--main-class", "Hello",
                "--runtime-image", APP_IMAGE.resolve("lib").resolve("runtime").toString(),
                "--java-options", "-Dfile.encoding=UTF-8");
        return work.resolve("hello-image").resolve("hello").resolve("bin").resolve("hello");
    }

    private static void tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new AssertionError(name + " not in this JDK"));
        assertThat(tool.run(System.out, System.err, args)).as(name).isZero();
    }

    private static int run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        return p.waitFor();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

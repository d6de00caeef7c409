package dev.rapport.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Decision 0020: tests reach a screen's nodes through the page objects in {@code ui/pages}, which
 * take the node ids from the view's {@code *Ids} class. Found by reading the test sources: outside
 * {@code ui/pages} no test looks a node up by a {@code "#..."} literal (a lookup, a click, a
 * reveal), and inside it no page writes an id as a literal; a renamed id then breaks one page
 * at compile time instead of many tests at run time.
 */
class TestsReachNodesThroughPagesTest {
    private static final Path TESTS = Path.of("src/test/java");
    private static final Path PAGES = TESTS.resolve("dev/rapport/ui/pages");

    /** A node lookup (robot, scene or node) whose query starts with a literal "#". */
    private static final Pattern LOOKUP_BY_LITERAL = Pattern.compile("\\blookup\\(\\s*\"#");
    /** A robot action or RunningApp.reveal given a literal id query, such as a click on "#save-button". */
    private static final Pattern ACTION_BY_LITERAL = Pattern.compile(
            "\\b(clickOn|doubleClickOn|rightClickOn|moveTo|drag|dropTo|reveal)\\((\\s*\\w+\\s*,)?\\s*\"#");
    /** In a page, an id written out as a literal query: "#nameField" (a page builds "#" + SomeIds.NAME). */
    private static final Pattern LITERAL_ID = Pattern.compile("\"#[A-Za-z]");

    /** "file:line text" for every line of a source that breaks the rules. */
    static List<String> violations(String where, String source, boolean isPage) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean broken = isPage
                    ? LITERAL_ID.matcher(line).find()
                    : LOOKUP_BY_LITERAL.matcher(line).find() || ACTION_BY_LITERAL.matcher(line).find();
            if (broken) {
                found.add(where + ":" + (i + 1) + " " + line.strip());
            }
        }
        return found;
    }

    private static List<Path> testSources() throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void theScanSeesTheTestsAndThePages() throws IOException {
        // a guard for the reader itself: were it to read nothing, the rules below would pass on nothing
        List<Path> sources = testSources();
        assertThat(sources).hasSizeGreaterThan(100);
        assertThat(sources).filteredOn(p -> p.startsWith(PAGES)).hasSizeGreaterThan(10);
    }

    @Test
    void theScanFindsTheLookupsItIsMeantToFind() {
        String test = String.join("\n",
                "robot.lookup(\"#accountsTable\").queryAs(TableView.class);",
                "scene.lookup( \"#\" + AccountsIds.SEARCH);",
                "robot.clickOn(\"#save-button\");",
                "RunningApp.reveal(robot, \"#account-delete\");",
                "robot.lookup(\".agenda-row\").queryAll();",
                "new AccountsPage(robot).table();");
        assertThat(violations("T.java", test, false)).extracting(v -> v.substring(0, v.indexOf(' ')))
                .containsExactly("T.java:1", "T.java:2", "T.java:3", "T.java:4");

        String page = String.join("\n",
                "robot.lookup(\"#\" + AccountsIds.TABLE).queryAs(TableView.class);",
                "robot.clickOn(\"#nav-contacts\");");
        assertThat(violations("P.java", page, true)).extracting(v -> v.substring(0, v.indexOf(' ')))
                .containsExactly("P.java:2");
    }

    @Test
    void testsOutsideThePagesLookNoNodeUpByALiteralId() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : testSources()) {
            if (!f.startsWith(PAGES)) {
                found.addAll(violations(TESTS.relativize(f).toString(), Files.readString(f), false));
            }
        }
        assertThat(found).as("node lookups by a \"#...\" literal outside ui/pages: use a page object "
                + "(decision 0020), adding a method or a page where one is missing").isEmpty();
    }

    @Test
    void pagesTakeTheirIdsFromTheViewsIdsClasses() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : testSources()) {
            if (f.startsWith(PAGES)) {
                found.addAll(violations(TESTS.relativize(f).toString(), Files.readString(f), true));
            }
        }
        assertThat(found).as("ids written as literals in ui/pages: use (or add) the constant in the view's *Ids class")
                .isEmpty();
    }
}

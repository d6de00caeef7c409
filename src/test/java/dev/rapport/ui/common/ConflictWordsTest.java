package dev.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.ChangedBy;
import dev.rapport.domain.EditConflict;
import dev.rapport.domain.WindowPlace;
import dev.rapport.i18n.Messages;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An editor's refused save says who made the newer change, in each of the three languages (decision 0017). */
class ConflictWordsTest {
    private static final Instant AT = Instant.parse("2026-03-02T10:32:00Z");
    private static final Locale TW = Locale.TRADITIONAL_CHINESE;

    @Test
    void theEditorSaysWhenAndWhereInTheWindowTheNewerChangeWasMade() {
        EditConflict c = new EditConflict("plan", 7, AT, ChangedBy.window(WindowPlace.PLANNER));
        assertThat(message(Locale.ENGLISH, c)).startsWith("Not saved yet: this record was changed since you opened"
                + " this editor, at ").contains(" in this window, in the Planner. Your text is still here.");
        assertThat(message(Locale.SIMPLIFIED_CHINESE, c)).contains("在本窗口的计划页中被修改");
        assertThat(message(TW, c)).contains("在本視窗的計畫頁中被修改");
    }

    @Test
    void theEditorNamesTheCommandLinesCommandAndSaysWhoWhenTheRowKeepsNoTime() {
        EditConflict c = new EditConflict("family_member", 7, null, ChangedBy.commandLine("import"));
        assertThat(message(Locale.ENGLISH, c)).contains("deleted or changed since you opened this editor, by the"
                + " command line (import). Your text");
        assertThat(message(Locale.SIMPLIFIED_CHINESE, c)).contains("此记录已由命令行（import）被删除或修改");
        assertThat(message(TW, c)).contains("此記錄已由命令列（import）被刪除或修改");
    }

    @Test
    void aRowWithNoWriterRecordedSaysOnlyWhenAndAGoneRowSaysSo() {
        assertThat(message(Locale.ENGLISH, new EditConflict("account", 7, AT, null)))
                .contains("changed elsewhere since you opened this editor (last change");
        assertThat(message(Locale.ENGLISH, new EditConflict("account", 7, null, null)))
                .contains("deleted or changed elsewhere");
        assertThat(message(Locale.ENGLISH, new EditConflict("account", 7, AT, ChangedBy.window())))
                .contains(" in this window. Your text");
    }

    private static String message(Locale locale, EditConflict c) {
        return EditorSave.conflictMessage(new Messages(locale), c);
    }
}

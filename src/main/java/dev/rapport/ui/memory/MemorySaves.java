package dev.rapport.ui.memory;

import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Gift;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.WindowPlace;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.TextClipboard;
import java.util.Optional;

/**
 * The saves of the memory editors (family member, important date, gift), one per open editor: each
 * stays with its editor until the write succeeded and, when the record changed or went away
 * elsewhere, offers reload, keep mine or copy (see {@link EditorSave}). Every screen that opens one
 * of these editors takes its save from here, so they behave alike.
 */
public final class MemorySaves {
    private MemorySaves() {
    }

    public static EditorSave<FamilyMember> family(UiContext ctx, TextClipboard clipboard) {
        return new EditorSave<>(ctx.executor(), ctx.dialogs(), clipboard, ctx.messages(), EditorSave.Store.<FamilyMember>of(
                ctx.memory()::save,
                mine -> mine.isNew() ? Optional.empty() : ctx.memory().findFamilyMember(mine.id()),
                (mine, current) -> mine.withVersion(current.version())).at(ctx.places(), WindowPlace.FAMILY_EDITOR));
    }

    public static EditorSave<ImportantDate> date(UiContext ctx, TextClipboard clipboard) {
        return new EditorSave<>(ctx.executor(), ctx.dialogs(), clipboard, ctx.messages(), EditorSave.Store.<ImportantDate>of(
                ctx.memory()::save,
                mine -> mine.isNew() ? Optional.empty() : ctx.memory().findDate(mine.id()),
                (mine, current) -> mine.withVersion(current.version())).at(ctx.places(), WindowPlace.DATE_EDITOR));
    }

    public static EditorSave<Gift> gift(UiContext ctx, TextClipboard clipboard) {
        return new EditorSave<>(ctx.executor(), ctx.dialogs(), clipboard, ctx.messages(), EditorSave.Store.<Gift>of(
                ctx.memory()::save,
                mine -> mine.isNew() ? Optional.empty() : ctx.memory().findGift(mine.id()),
                (mine, current) -> mine.withVersion(current.version())).at(ctx.places(), WindowPlace.GIFT_EDITOR));
    }
}

package dev.rapport.ui.memory;

import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Gift;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.WindowPlace;
import dev.rapport.service.MemoryService;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.TextClipboard;
import dev.rapport.ui.common.UiKit;
import java.util.Optional;

/**
 * The saves of the memory editors (family member, important date, gift), one per open editor: each
 * stays with its editor until the write succeeded and, when the record changed or went away
 * elsewhere, offers reload, keep mine or copy (see {@link EditorSave}). Every screen that opens one
 * of these editors takes its save from here, so they behave alike.
 */
public final class MemorySaves {
    private final MemoryService memory;
    private final UiKit kit;

    public MemorySaves(MemoryService memory, UiKit kit) {
        this.memory = memory;
        this.kit = kit;
    }

    public EditorSave<FamilyMember> family(TextClipboard clipboard) {
        return new EditorSave<>(kit.executor(), kit.dialogs(), clipboard, kit.messages(), EditorSave.Store.<FamilyMember>of(
                memory::save,
                mine -> mine.isNew() ? Optional.empty() : memory.findFamilyMember(mine.id()),
                (mine, current) -> mine.withVersion(current.version())).at(kit.places(), WindowPlace.FAMILY_EDITOR));
    }

    public EditorSave<ImportantDate> date(TextClipboard clipboard) {
        return new EditorSave<>(kit.executor(), kit.dialogs(), clipboard, kit.messages(), EditorSave.Store.<ImportantDate>of(
                memory::save,
                mine -> mine.isNew() ? Optional.empty() : memory.findDate(mine.id()),
                (mine, current) -> mine.withVersion(current.version())).at(kit.places(), WindowPlace.DATE_EDITOR));
    }

    public EditorSave<Gift> gift(TextClipboard clipboard) {
        return new EditorSave<>(kit.executor(), kit.dialogs(), clipboard, kit.messages(), EditorSave.Store.<Gift>of(
                memory::save,
                mine -> mine.isNew() ? Optional.empty() : memory.findGift(mine.id()),
                (mine, current) -> mine.withVersion(current.version())).at(kit.places(), WindowPlace.GIFT_EDITOR));
    }
}

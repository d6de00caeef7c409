package dev.rapport.ui.exchange;

import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Notifier;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/** The contacts screen's Export: the people listed now (search and filters applied) as vCard or CSV. */
public final class PeopleExportButton {
    private final MenuButton node;

    /** @param listed the ids of the people listed now */
    public PeopleExportButton(Messages msg, ExchangeViewModel model, FileDialogs files, Supplier<List<Long>> listed) {
        MenuItem vcard = new MenuItem(msg.get("exchange.export.listedVcard"));
        vcard.setId(ExchangeIds.EXPORT_LISTED_VCARD);
        vcard.setOnAction(e -> files.saveFile(msg.get("exchange.export.choose"), "people.vcf",
                List.of(new FileDialogs.Filter(msg.get("exchange.filter.vcard"), List.of("*.vcf"))))
                .ifPresent(file -> model.exportPeople(listed.get(), file, true, ',', ExchangeViewModel.Vcard.V3_0)));
        MenuItem csv = new MenuItem(msg.get("exchange.export.listedCsv"));
        csv.setId(ExchangeIds.EXPORT_LISTED_CSV);
        csv.setOnAction(e -> files.saveFile(msg.get("exchange.export.choose"), "people.csv",
                List.of(new FileDialogs.Filter(msg.get("exchange.filter.csv"), List.of("*.csv"))))
                .ifPresent(file -> model.exportPeople(listed.get(), file, false, ',', null)));
        node = new MenuButton(msg.get("exchange.action.export"), new FontIcon("mdi2f-file-export-outline"), vcard, csv);
        node.setId(ExchangeIds.PEOPLE_EXPORT);
    }

    public Node node() {
        return node;
    }
}

package org.opendoors.base.ui;

import org.opendoors.base.csv.CsvColumns;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;

/**
 * The link beside a list that downloads its rows as CSV. The writer runs when the link is followed, so it
 * exports the list as filtered at that moment, and writes straight to the response as it reads.
 */
public class CsvDownload extends Anchor {

    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    /**
     * @param what     what the rows are, e.g. "these organisations": the link reads "Download these organisations (CSV)"
     * @param fileName the file's name, ending in .csv
     * @param writer   writes the CSV to the stream, through the feature's export method
     */
    public CsvDownload(String what, String fileName, SerializableConsumer<OutputStream> writer) {
        super((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType(CONTENT_TYPE);
            writer.accept(event.getOutputStream());
        }, "Download " + what + " (CSV)");
        addClassName("csv-download");
    }

    /** For a list held in memory (a catalogue, a plan's recommendations): the grid's rows as filtered and sorted on screen. */
    public static <T> CsvDownload ofGrid(String what, String fileName, Grid<T> grid, CsvColumns<T> columns) {
        return new CsvDownload(what, fileName, out -> columns.write(out, grid.getListDataView().getItems().toList()));
    }
}

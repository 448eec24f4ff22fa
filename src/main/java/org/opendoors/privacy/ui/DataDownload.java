package org.opendoors.privacy.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.function.Consumer;

/** A subject access download: the ZIP is written straight to the response, never held in memory. */
final class DataDownload {

    private DataDownload() {
    }

    static DownloadHandler zip(String fileName, Consumer<OutputStream> export) {
        return download -> {
            download.setFileName(fileName);
            download.setContentType("application/zip");
            export.accept(download.getOutputStream());
        };
    }
}

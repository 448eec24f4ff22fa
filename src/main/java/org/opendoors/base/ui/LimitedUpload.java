package org.opendoors.base.ui;

import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An in-memory upload with its size limit enforced on the server while reading: it reads at most the limit
 * plus one byte, and a longer file is refused there and then, whatever the browser was told (the limit set
 * on the {@code Upload} component is only a hint to honest browsers).
 */
public final class LimitedUpload implements UploadHandler {

    private final long maxBytes;
    private final InMemoryUploadCallback accepted;
    private final SerializableConsumer<String> refused;

    private LimitedUpload(long maxBytes, InMemoryUploadCallback accepted, SerializableConsumer<String> refused) {
        this.maxBytes = maxBytes;
        this.accepted = accepted;
        this.refused = refused;
    }

    /**
     * @param accepted given the file when it is within the limit
     * @param refused  given the file name when it is over the limit
     */
    public static LimitedUpload inMemory(long maxBytes, InMemoryUploadCallback accepted,
                                         SerializableConsumer<String> refused) {
        return new LimitedUpload(maxBytes, accepted, refused);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] content = readAtMost(event.getInputStream(), maxBytes);
        if (content == null) {
            event.reject("File is larger than " + maxBytes + " bytes");
            refused.accept(event.getFileName());
            return;
        }
        accepted.complete(new UploadMetadata(event.getFileName(), event.getContentType(), content.length), content);
    }

    /** The stream's bytes, or null as soon as more than {@code maxBytes} have been read (limit + 1 at most). */
    static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        while (true) {
            int wanted = (int) Math.min(buffer.length, maxBytes + 1 - total);
            int read = in.read(buffer, 0, wanted);
            if (read < 0) {
                return bytes.toByteArray();
            }
            total += read;
            if (total > maxBytes) {
                return null;
            }
            bytes.write(buffer, 0, read);
        }
    }
}

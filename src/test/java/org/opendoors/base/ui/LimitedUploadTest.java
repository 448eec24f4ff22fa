package org.opendoors.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A 6 MB upload sent straight to the server, past any browser-side limit, is refused after reading 5 MB + 1 byte. */
class LimitedUploadTest {

    private static final int FIVE_MB = 5 * 1024 * 1024;

    @Test
    void an_upload_over_the_limit_is_refused_after_reading_no_more_than_the_limit_and_one_byte() throws Exception {
        CountingStream body = new CountingStream(new byte[6 * 1024 * 1024]);
        List<byte[]> accepted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        UploadEvent event = upload("evidence.pdf", body);

        LimitedUpload.inMemory(FIVE_MB, (metadata, bytes) -> accepted.add(bytes), refused::add).handleUploadRequest(event);

        assertThat(accepted).isEmpty();
        assertThat(refused).containsExactly("evidence.pdf");
        assertThat(event.isRejected()).isTrue();
        assertThat(body.read.get()).isLessThanOrEqualTo(FIVE_MB + 1);
    }

    @Test
    void an_upload_of_exactly_the_limit_is_accepted_whole() throws Exception {
        List<byte[]> accepted = new ArrayList<>();
        UploadEvent event = upload("evidence.pdf", new CountingStream(new byte[FIVE_MB]));
        LimitedUpload.inMemory(FIVE_MB, (metadata, bytes) -> accepted.add(bytes), name -> { }).handleUploadRequest(event);
        assertThat(accepted).singleElement().satisfies(bytes -> assertThat(bytes).hasSize(FIVE_MB));
        assertThat(event.isRejected()).isFalse();
    }

    private static UploadEvent upload(String name, InputStream body) throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, mock(VaadinResponse.class), null, name, -1, "application/pdf",
                new Element("vaadin-upload"), null);
    }

    private static final class CountingStream extends FilterInputStream {
        final AtomicLong read = new AtomicLong();

        CountingStream(byte[] content) {
            super(new ByteArrayInputStream(content));
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                read.addAndGet(n);
            }
            return n;
        }
    }
}

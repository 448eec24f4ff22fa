package org.opendoors.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Full addresses of Open Doors pages, for links in e-mails, PDFs and QR codes ({@code OPEN_DOORS_BASE_URL}). */
@Component
public class PublicLinks {

    private final String baseUrl;

    PublicLinks(@Value("${opendoors.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** e.g. {@code url("pledge")} → "https://opendoors.example.gov.uk/pledge". */
    public String url(String path) {
        return baseUrl + "/" + path.replaceAll("^/+", "");
    }
}

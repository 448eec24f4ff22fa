package org.opendoors.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file sent with an outbox e-mail, e.g. a pledge certificate. Kept until the e-mail is sent and after. */
@Entity
@Table(name = "outbound_email_attachment")
class OutboundEmailAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outbound_email_id", nullable = false)
    private OutboundEmail email;

    @Column(name = "filename", nullable = false, length = 200)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "content", nullable = false, columnDefinition = "longblob")
    private byte[] content;

    protected OutboundEmailAttachment() {
    }

    OutboundEmailAttachment(OutboundEmail email, Attachment attachment) {
        this.email = email;
        this.filename = attachment.filename();
        this.contentType = attachment.contentType();
        this.content = attachment.content();
    }

    Attachment toAttachment() {
        return new Attachment(filename, contentType, content);
    }
}

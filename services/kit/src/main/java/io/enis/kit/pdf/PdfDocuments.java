package io.enis.kit.pdf;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * What every service PDF (Apache PDFBox; a service that renders PDFs declares {@code pdfbox} itself,
 * the kit's dependency on it is optional) does the same way: a document that renders to the same
 * bytes from the same content, and text limited to what a standard font can show.
 */
public final class PdfDocuments {
    private PdfDocuments() {}

    /**
     * Sets the title, producer and creation date (UTC) of {@code doc}, and replaces PDFBox's
     * time-based document id with the first 16 bytes of the SHA-256 of {@code identity}: the same
     * content, the same bytes.
     */
    public static void identify(PDDocument doc, String title, String producer, Instant createdAt, byte[] identity) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setProducer(producer);
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(createdAt.toEpochMilli());
        info.setCreationDate(when);
        byte[] id = Arrays.copyOf(sha256(identity), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** {@code s} with every character {@code font} cannot encode written as {@code ?}. */
    public static String encodable(PDFont font, String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IOException | IllegalArgumentException notInFont) {
                b.append('?');
            }
        });
        return b.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

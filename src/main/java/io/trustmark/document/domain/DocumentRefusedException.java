package io.trustmark.document.domain;

import io.trustmark.platform.domain.RefusedException;
import java.util.List;
import java.util.Objects;

/**
 * Signals that an uploaded document image was refused before it was stored.
 *
 * <p>The {@link Reason} lets the UI show a localised, specific message via
 * {@link Reason#messageKey()}, filled with {@link #messageArgs()}. The exception message adds a
 * technical detail for the log; it never contains image content, which is personal data.
 */
public class DocumentRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    /** Why an upload was refused; each maps to a resource-bundle key. */
    public enum Reason {
        /** Nothing was uploaded. */
        EMPTY("document.refused.empty"),
        /** The file exceeds the byte limit; argument: the limit in bytes, as a {@code long}. */
        TOO_LARGE("document.refused.tooLarge"),
        /** The bytes are no image format we know of. */
        NOT_AN_IMAGE("document.refused.notAnImage"),
        /** A real image, but not JPEG or PNG (GIF, BMP, TIFF, WebP, HEIC, ...). */
        UNSUPPORTED_FORMAT("document.refused.unsupportedFormat"),
        /** SVG is a script-capable document, never a photo of a card. */
        SVG("document.refused.svg"),
        /** A JPEG or PNG that is truncated, corrupt or fails to decode cleanly. */
        DAMAGED("document.refused.damaged"),
        /** Bytes follow the image's end marker, the shape of polyglot files. */
        TRAILING_DATA("document.refused.trailingData"),
        /** The header claims more pixels than may be decoded. */
        TOO_MANY_PIXELS("document.refused.tooManyPixels"),
        /** Too small to read; arguments: minimum longer side, minimum shorter side of the document kind. */
        TOO_SMALL("document.refused.tooSmall"),
        /** More metadata (or embedded secondary images) than a photo carries; argument: the limit in KiB. */
        METADATA_TOO_LARGE("document.refused.metadataTooLarge"),
        /** Decodes, but edges are too soft to read: camera shake or out of focus. */
        BLURRY("document.refused.blurry"),
        /** Decodes, but even the brightest parts are dark. */
        TOO_DARK("document.refused.tooDark"),
        /** Decodes, but even the darkest parts (the print) are washed out. */
        OVEREXPOSED("document.refused.overexposed"),
        // --- face: the face photo's own refusals (FaceLimits), in the member's language ---
        /** A face photo in which the models see no face. */
        FACE_NONE("document.refused.faceNone"),
        /** A face photo with two or more faces of similar size. */
        FACE_SEVERAL("document.refused.faceSeveral"),
        /** The face is too small a part of the photo. */
        FACE_TOO_SMALL("document.refused.faceTooSmall"),
        /** The head is turned, tilted or looking up or down beyond the configured pose. */
        FACE_NOT_FRONTAL("document.refused.faceNotFrontal"),
        /** Both eyes look closed or hidden (sunglasses). */
        FACE_EYES("document.refused.faceEyes"),
        /** The liveness model takes it for a photo of a screen or of a print. */
        FACE_SCREEN("document.refused.faceScreen"),
        // --- /face ---
        /**
         * Nothing wrong with the photo: too many large images are being decoded at this moment (the
         * {@link DecodeBudget} is spent, or the heap ran short); the member is asked to send it again in a moment.
         */
        BUSY("document.refused.busy");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The resource-bundle key of the user-facing message for this reason. */
        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    /**
     * @param reason      why the upload was refused
     * @param detail      technical detail for the log, not shown to the user
     * @param messageArgs values for the placeholders of the reason's message, in order
     */
    public DocumentRefusedException(Reason reason, String detail, Object... messageArgs) {
        this(reason, detail, null, messageArgs);
    }

    /**
     * @param reason      why the upload was refused
     * @param detail      technical detail for the log, not shown to the user
     * @param cause       the parser or decoder failure behind the refusal, if any
     * @param messageArgs values for the placeholders of the reason's message, in order
     */
    public DocumentRefusedException(Reason reason, String detail, Throwable cause, Object... messageArgs) {
        super(Objects.requireNonNull(reason, "reason").messageKey(), null, detail, cause, messageArgs);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Values for the placeholders of {@link Reason#messageKey()}'s message; often empty. */
    public List<Object> messageArgs() {
        return List.of(args());
    }
}

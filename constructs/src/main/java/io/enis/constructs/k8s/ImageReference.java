package io.enis.constructs.k8s;

import io.enis.constructs.core.InvalidPropsException;
import java.util.regex.Pattern;

/**
 * Checks that an image is pinned: {@code repository:version} or {@code repository@sha256:digest},
 * never {@code latest} and never untagged. The repository part may be a Terraform reference (the
 * registry URL of another stack); the tag or digest must be literal.
 */
public final class ImageReference {
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}");

    private ImageReference() {}

    /**
     * Returns {@code image} when it is pinned.
     *
     * @throws InvalidPropsException naming {@code propsName.field} and what is allowed
     */
    public static String requirePinned(String propsName, String field, String image) {
        if (image == null || image.isBlank()) {
            throw new InvalidPropsException(propsName, field, "is required");
        }
        int at = image.lastIndexOf('@');
        if (at > 0) {
            if (!DIGEST.matcher(image.substring(at + 1)).matches()) {
                throw new InvalidPropsException(
                        propsName, field, "'" + image + "' has a malformed digest; allowed: @sha256:<64 hex>");
            }
            return image;
        }
        int colon = image.lastIndexOf(':');
        String tag = colon < 0 ? "" : image.substring(colon + 1);
        if (colon < 0
                || tag.contains("/")
                || tag.contains("}")
                || !TAG.matcher(tag).matches()) {
            throw new InvalidPropsException(
                    propsName,
                    field,
                    "'" + image + "' has no tag; allowed: repository:version or repository@sha256:digest");
        }
        if (tag.equalsIgnoreCase("latest")) {
            throw new InvalidPropsException(
                    propsName,
                    field,
                    "'" + image + "' uses the mutable tag latest; allowed: an immutable version or a digest");
        }
        return image;
    }
}

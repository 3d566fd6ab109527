package io.enis.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enis.policy.model.InvalidDocumentException;
import io.enis.policy.model.TerraformModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Terraform JSON and plan JSON files into {@link TerraformModel}s and remembers their text,
 * to point findings at the line where a resource starts. A file named {@code cdk.tf.json} is named
 * after its directory (the stack); any other file after its file name.
 */
public final class Documents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String[]> lines = new HashMap<>();

    /**
     * Reads one file.
     *
     * @throws InvalidDocumentException naming the file, when it is missing, not JSON, or not Terraform
     */
    public TerraformModel read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidDocumentException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidDocumentException(file + ": cannot read: " + e.getMessage());
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            throw new InvalidDocumentException(
                    file + ": " + (location == null ? "" : "line " + location.getLineNr() + ": ") + "not valid JSON: "
                            + e.getOriginalMessage());
        }
        if (root == null) {
            throw new InvalidDocumentException(file + ": empty file; allowed: Terraform JSON or plan JSON");
        }
        String name = file.getFileName().toString();
        String stack = name.equals("cdk.tf.json") && file.getParent() != null
                ? file.getParent().getFileName().toString()
                : name;
        lines.put(file.toString(), text.split("\n", -1));
        return TerraformModel.of(stack, file.toString(), root);
    }

    /** Reads several files. */
    public List<TerraformModel> readAll(List<Path> files) {
        return files.stream().map(this::read).toList();
    }

    /**
     * The 1-based line where a resource's block starts in its file: the line of its name after the
     * line of its type (as cdktf and Terraform write JSON); 1 when not found (e.g. plans).
     */
    public int line(TerraformModel document, String address) {
        String[] text = lines.get(document.file());
        if (text == null) {
            return 1;
        }
        String[] parts = address.startsWith("data.") ? address.substring(5).split("\\.", 2) : address.split("\\.", 2);
        String type = "\"" + parts[0] + "\"";
        String name = "\"" + parts[1] + "\"";
        boolean inType = false;
        for (int i = 0; i < text.length; i++) {
            if (!inType && text[i].contains(type)) {
                inType = true;
            } else if (inType && text[i].contains(name)) {
                return i + 1;
            }
        }
        return 1;
    }
}

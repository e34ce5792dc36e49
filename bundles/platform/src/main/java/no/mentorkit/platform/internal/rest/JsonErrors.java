package no.mentorkit.platform.internal.rest;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's failures into a sentence that names what is wrong and where, without echoing the input or internals. */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("No content to map")) {
            return "A JSON request body is required.";
        }
        if (original.startsWith("Trailing token")) {
            return "Extra content after the JSON document" + location(e) + ".";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "Unknown field '" + u.getPropertyName() + "' at " + path(u.getPath()) + "; known fields: "
                    + u.getKnownPropertyIds();
        }
        if (e instanceof ValueInstantiationException v) {
            // A constructor refused the value: its reason is ours to show, the class name is not.
            Throwable cause = v.getCause() == null ? v : v.getCause();
            return "Invalid value at " + path(v.getPath()) + ": " + safe(cause.getMessage());
        }
        if (e instanceof InvalidFormatException f) {
            return "Invalid value at " + path(f.getPath()) + ": expected " + typeName(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String what = original.startsWith("Cannot map `null`") ? "Missing value at " : "Wrong type at ";
            return what + path(m.getPath()) + ": expected " + typeName(m.getTargetType());
        }
        if (e instanceof JsonMappingException m && !(e.getCause() instanceof StreamReadException)) {
            return "Invalid value at " + path(m.getPath()) + ": it does not fit what this request expects";
        }
        return "Malformed JSON" + location(e) + ": " + safe(original);
    }

    private static String location(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String typeName(Class<?> type) {
        if (type.isEnum()) {
            StringBuilder sb = new StringBuilder("one of ");
            Object[] values = type.getEnumConstants();
            for (int i = 0; i < values.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(values[i]);
            }
            return sb.toString();
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == char.class || type == Character.class) {
            return "a single character";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.getName().startsWith("java.time.")) {
            return "an ISO-8601 " + type.getSimpleName();
        }
        return "an object";
    }

    /**
     * First line of a parser message, with anything it quotes from the input longer than a few characters cut out:
     * the input may be a password or a case note, and errors are logged and shown.
     */
    private static String safe(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable input";
        }
        String line = message.lines().findFirst().orElse(message)
                .replaceAll("'[^']{4,}'", "'…'")
                .replaceAll("`[^`]*`", "a value");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}

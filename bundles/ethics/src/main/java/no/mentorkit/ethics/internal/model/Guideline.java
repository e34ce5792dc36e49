package no.mentorkit.ethics.internal.model;

import java.time.Instant;
import java.util.Map;

/** One version of the organisation's ethical guidelines, its text by language ({@code nb}, {@code nn}, {@code en}). */
public record Guideline(int version, Map<String, String> text, String note, String publishedBy, Instant publishedAt) {
}

package no.mentorkit.registry.internal.service.matching;

import java.util.List;

/**
 * The answer to a need: ranked candidates and every excluded mentor with the gate that excluded them.
 *
 * @param considered how many mentors were looked at
 * @param eligibleCount how many passed every gate (candidates may be cut to a limit)
 */
public record MatchResult(int considered, int eligibleCount, List<Candidate> candidates, List<Exclusion> excluded) {

    /**
     * A mentor who passed every hard gate.
     *
     * @param score 0 to 100, the sum of the reasons' points
     * @param reasons each soft criterion that applied and what it gave
     * @param warnings soft concerns that never exclude (e.g. age under the preferred minimum)
     */
    public record Candidate(int rank, long mentorId, String name, int score, List<Reason> reasons,
            List<String> warnings) {
    }

    /**
     * One criterion's contribution: its code and points out of 100, with what was compared as figures the UI can
     * word in any language ({@code count} of {@code of}; {@code basis} a code such as {@code municipality}) and as
     * an English {@code detail}.
     */
    public record Reason(String code, int points, Integer count, Integer of, String basis, String detail) {
    }

    /** A mentor left out, with the gate's code (status, police-certificate, ..., case-conflict). */
    public record Exclusion(long mentorId, String name, String code) {
    }
}

package no.mentorkit.library.internal.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** A long-running import or reindex: the UI polls it for a progress bar, the console prints it as lines. */
public final class Job {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** What the API shows of a job. */
    public record View(String id, String kind, String state, int total, int done, int created, int updated,
            int failed, List<String> errors, Instant startedAt, Instant finishedAt) {
    }

    private static final int MAX_ERRORS = 100;

    private final String id;
    private final String kind;
    private volatile State state = State.QUEUED;
    private volatile int total;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final List<String> errors = new ArrayList<>();
    private volatile Instant startedAt;
    private volatile Instant finishedAt;

    Job(String id, String kind) {
        this.id = id;
        this.kind = kind;
    }

    public String id() {
        return id;
    }

    public State state() {
        return state;
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    void start(int totalItems) {
        total = totalItems;
        startedAt = Instant.now();
        state = State.RUNNING;
    }

    void step() {
        done.incrementAndGet();
    }

    void created() {
        created.incrementAndGet();
    }

    void updated() {
        updated.incrementAndGet();
    }

    /** Records a failed item; the message names the item, never its content. */
    void failed(String message) {
        failed.incrementAndGet();
        synchronized (errors) {
            if (errors.size() < MAX_ERRORS) {
                errors.add(message);
            }
        }
    }

    void finish(boolean ok) {
        finishedAt = Instant.now();
        state = ok ? State.DONE : State.FAILED;
    }

    public View view() {
        List<String> errs;
        synchronized (errors) {
            errs = List.copyOf(errors);
        }
        return new View(id, kind, state.name().toLowerCase(Locale.ROOT), total, done.get(), created.get(),
                updated.get(), failed.get(), errs, startedAt, finishedAt);
    }

    /** A one-line account for the console and logs. */
    public String line() {
        View v = view();
        return String.format("%s %s: %d/%d done, %d created, %d updated, %d failed", v.kind(), v.state(), v.done(),
                v.total(), v.created(), v.updated(), v.failed());
    }
}

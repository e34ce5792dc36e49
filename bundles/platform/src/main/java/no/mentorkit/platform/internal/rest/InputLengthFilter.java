package no.mentorkit.platform.internal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.MultivaluedMap;

import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.ApiProblem.FieldError;

/**
 * Refuses a path or query parameter longer than {@link #MAX} characters with a 400 naming it. Such values end up in
 * the audit log as the record asked for, and the log must take every request it audits in full: a value that does
 * not fit its column once gave a 500 and no audit entry. Runs after login and role checks, so those still answer
 * first.
 */
@Priority(Priorities.USER)
public final class InputLengthFilter implements ContainerRequestFilter {

    /** The audit log's record id holds this many characters (migration V2_3); no id or code of ours comes near. */
    public static final int MAX = 512;
    private static final int SHOWN_NAME = 40;

    @Override
    public void filter(ContainerRequestContext ctx) {
        List<FieldError> errors = new ArrayList<>();
        check(ctx.getUriInfo().getPathParameters(), errors);
        check(ctx.getUriInfo().getQueryParameters(), errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    private static void check(MultivaluedMap<String, String> params, List<FieldError> errors) {
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            String name = p.getKey().length() <= SHOWN_NAME ? p.getKey() : p.getKey().substring(0, SHOWN_NAME) + "…";
            if (p.getKey().length() > MAX) {
                errors.add(new FieldError(name, "the parameter name is longer than " + MAX + " characters"));
                continue;
            }
            for (String value : p.getValue()) {
                if (value != null && value.length() > MAX) {
                    errors.add(new FieldError(name, "must be at most " + MAX + " characters, not " + value.length()));
                    break;
                }
            }
        }
    }
}

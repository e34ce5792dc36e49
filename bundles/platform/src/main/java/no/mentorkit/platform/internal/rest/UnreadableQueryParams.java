package no.mentorkit.platform.internal.rest;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.ws.rs.QueryParam;

import no.mentorkit.platform.rest.ApiProblem.FieldError;

/**
 * Which query parameters were given values their resource method's type cannot hold. JAX-RS answers such a request
 * with 404, as if the path did not exist ({@code ?size=abc} said "Nothing is served at /api/library/search"); the
 * path is there and the parameter is wrong, so it is a 400 that names the parameter.
 */
final class UnreadableQueryParams {

    private static final int SHOWN = 40;

    /** How each numeric type is read; a value that throws is unreadable. */
    private static final Map<Class<?>, Function<String, ?>> READERS = Map.of(
            int.class, Integer::parseInt, Integer.class, Integer::parseInt,
            long.class, Long::parseLong, Long.class, Long::parseLong,
            short.class, Short::parseShort, Short.class, Short::parseShort,
            double.class, Double::parseDouble, Double.class, Double::parseDouble);

    private UnreadableQueryParams() {
    }

    /** The errors, one per unreadable value; empty when every numeric query parameter reads. */
    static List<FieldError> of(Method method, Map<String, ? extends Collection<String>> query) {
        List<FieldError> errors = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            QueryParam name = p.getAnnotation(QueryParam.class);
            Function<String, ?> reader = name == null ? null : READERS.get(valueType(p.getParameterizedType()));
            if (reader == null) {
                continue;
            }
            Collection<String> values = query.get(name.value());
            for (String value : values == null ? List.<String>of() : values) {
                try {
                    reader.apply(value);
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(name.value(), "must be a number, not '" + shown(value) + "'"));
                }
            }
        }
        return errors;
    }

    /** The type of one value: a list's element type, or the parameter's own. */
    private static Type valueType(Type type) {
        if (type instanceof ParameterizedType list && list.getActualTypeArguments().length == 1
                && list.getRawType() instanceof Class<?> raw && Collection.class.isAssignableFrom(raw)) {
            return list.getActualTypeArguments()[0];
        }
        return type;
    }

    private static String shown(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
    }
}

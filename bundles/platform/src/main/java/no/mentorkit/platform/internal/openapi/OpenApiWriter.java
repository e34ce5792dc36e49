package no.mentorkit.platform.internal.openapi;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.mentorkit.platform.internal.security.SessionCookie;
import no.mentorkit.platform.rest.Public;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;

/**
 * Writes an OpenAPI 3.0 document from the JAX-RS annotations of resource classes: paths, methods, path, query and
 * header parameters, body media types, the roles an operation needs ({@code x-roles}, with a sign-in security
 * requirement, as {@code AccessFilter} enforces them) and the problem+json answers every operation may give. Bodies are described by
 * media type only: the resources take and give records, whose shape the module's README and UI own.
 */
final class OpenApiWriter {

    /** Problems the application answers for an operation that needs a signed-in user. */
    private static final List<Integer> PROTECTED_PROBLEMS = List.of(400, 401, 403, 404, 409, 503);
    /** What a public operation can still answer: bad input, refused cross-site writes, a missing record, a pause. */
    private static final List<Integer> PUBLIC_PROBLEMS = List.of(400, 403, 404, 409, 503);
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(:[^}]*)?}");

    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final Set<String> operationIds = new HashSet<>();

    /** The document for these resources, served under {@code serverUrl}. */
    ObjectNode write(Collection<RegisteredResources.Resource> resources, String version, String serverUrl) {
        ObjectNode doc = json.objectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", "Mentorkit API").put("version", version)
                .put("description", "The endpoints of the modules installed now. Errors are " + RestApi.PROBLEM_JSON
                        + " (RFC 9457).");
        doc.putArray("servers").addObject().put("url", serverUrl);
        ObjectNode paths = doc.putObject("paths");
        ArrayNode tags = doc.putArray("tags");
        Set<String> modules = new HashSet<>();
        for (RegisteredResources.Resource resource : resources) {
            if (modules.add(resource.module())) {
                tags.addObject().put("name", resource.module());
            }
            describe(paths, resource);
        }
        components(doc.putObject("components"));
        return doc;
    }

    private void describe(ObjectNode paths, RegisteredResources.Resource resource) {
        Class<?> type = resource.type();
        Method[] methods = type.getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
        for (Method method : methods) {
            String verb = httpMethod(method);
            if (verb == null || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String path = join(type.getAnnotation(Path.class), method.getAnnotation(Path.class));
            ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
            item.set(verb.toLowerCase(), operation(resource, method, verb));
        }
    }

    private ObjectNode operation(RegisteredResources.Resource resource, Method method, String verb) {
        Class<?> type = resource.type();
        ObjectNode op = json.objectNode();
        op.putArray("tags").add(resource.module());
        op.put("operationId", operationId(type.getSimpleName() + "_" + method.getName()));
        ArrayNode parameters = json.arrayNode();
        Parameter body = null;
        for (Parameter p : method.getParameters()) {
            ObjectNode described = parameter(p);
            if (described != null) {
                parameters.add(described);
            } else if (isBody(p)) {
                body = p;
            }
        }
        if (!parameters.isEmpty()) {
            op.set("parameters", parameters);
        }
        if (body != null) {
            ObjectNode content = op.putObject("requestBody").put("required", true).putObject("content");
            for (String media : mediaTypes(method.getAnnotation(Consumes.class), type.getAnnotation(Consumes.class))) {
                content.putObject(media).set("schema", schema(body.getParameterizedType()));
            }
        }
        boolean open = isPublic(type, method);
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : type.getAnnotation(RolesAllowed.class);
        ArrayNode security = op.putArray("security");
        if (open) {
            op.put("x-public", true);
        } else {
            ArrayNode codes = json.arrayNode();
            if (roles != null) {
                Arrays.stream(roles.value()).map(Role::code).sorted().forEach(codes::add);
            }
            op.set("x-roles", codes);
            // OpenAPI lets only OAuth schemes name scopes: the roles are in x-roles.
            security.addObject().putArray("basicAuth");
            security.addObject().putArray("session");
        }
        ObjectNode responses = op.putObject("responses");
        if (method.getReturnType() == void.class) {
            responses.putObject("204").put("description", "Done.");
        } else {
            ObjectNode ok = responses.putObject("200").put("description", "The answer.");
            ObjectNode content = ok.putObject("content");
            for (String media : mediaTypes(method.getAnnotation(Produces.class), type.getAnnotation(Produces.class))) {
                content.putObject(media);
            }
        }
        for (int status : open ? PUBLIC_PROBLEMS : PROTECTED_PROBLEMS) {
            responses.putObject(String.valueOf(status)).put("$ref", "#/components/responses/Problem" + status);
        }
        return op;
    }

    /** A path, query or header parameter; null for anything else (the body, injected context). */
    private ObjectNode parameter(Parameter p) {
        String in;
        String name;
        if (p.isAnnotationPresent(PathParam.class)) {
            in = "path";
            name = p.getAnnotation(PathParam.class).value();
        } else if (p.isAnnotationPresent(QueryParam.class)) {
            in = "query";
            name = p.getAnnotation(QueryParam.class).value();
        } else if (p.isAnnotationPresent(HeaderParam.class)) {
            in = "header";
            name = p.getAnnotation(HeaderParam.class).value();
        } else {
            return null;
        }
        ObjectNode param = json.objectNode().put("name", name).put("in", in);
        if ("path".equals(in)) {
            param.put("required", true);
        }
        ObjectNode schema = schema(p.getParameterizedType());
        DefaultValue fallback = p.getAnnotation(DefaultValue.class);
        if (fallback != null) {
            schema.put("default", fallback.value());
        }
        param.set("schema", schema);
        return param;
    }

    private static boolean isBody(Parameter p) {
        for (Class<? extends Annotation> injected : List.of(Context.class, CookieParam.class, FormParam.class,
                MatrixParam.class, BeanParam.class)) {
            if (p.isAnnotationPresent(injected)) {
                return false;
            }
        }
        return true;
    }

    /** As {@code AccessFilter} decides it: public on the method, or on the class unless the method names roles. */
    private static boolean isPublic(Class<?> type, Method method) {
        return method.isAnnotationPresent(Public.class)
                || type.isAnnotationPresent(Public.class) && !method.isAnnotationPresent(RolesAllowed.class);
    }

    /** The simple JSON type of a parameter or body; objects stay open (their shape is the module's). */
    private ObjectNode schema(Type type) {
        ObjectNode schema = json.objectNode();
        Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType()
                : type instanceof Class<?> c ? c : Object.class;
        if (raw == String.class || raw == char.class || raw == Character.class) {
            schema.put("type", "string");
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class) {
            schema.put("type", "integer").put("format", raw == long.class || raw == Long.class ? "int64" : "int32");
        } else if (raw == boolean.class || raw == Boolean.class) {
            schema.put("type", "boolean");
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            schema.put("type", "number");
        } else if (raw.isEnum()) {
            ArrayNode values = schema.put("type", "string").putArray("enum");
            Arrays.stream(raw.getEnumConstants()).forEach(v -> values.add(v.toString()));
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            Type element = type instanceof ParameterizedType pt ? pt.getActualTypeArguments()[0]
                    : raw.isArray() ? raw.getComponentType() : Object.class;
            schema.put("type", "array").set("items", schema(element));
        } else if (raw == byte[].class || InputStream.class.isAssignableFrom(raw)) {
            schema.put("type", "string").put("format", "binary");
        } else {
            schema.put("type", "object");
        }
        return schema;
    }

    private void components(ObjectNode components) {
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("basicAuth").put("type", "http").put("scheme", "basic");
        schemes.putObject("session").put("type", "apiKey").put("in", "cookie").put("name", SessionCookie.NAME)
                .put("description", "From POST /api/session; changing requests also send its CSRF token in "
                        + "X-CSRF-Token.");
        ObjectNode problem = components.putObject("schemas").putObject("Problem").put("type", "object");
        problem.putArray("required").add("title").add("status").add("detail");
        ObjectNode props = problem.putObject("properties");
        props.putObject("type").put("type", "string");
        props.putObject("title").put("type", "string");
        props.putObject("status").put("type", "integer");
        props.putObject("detail").put("type", "string").put("description", "What is wrong and where, for people.");
        props.putObject("instance").put("type", "string");
        ObjectNode error = props.putObject("errors").put("type", "array").putObject("items").put("type", "object");
        error.putObject("properties").putObject("field").put("type", "string");
        ObjectNode errorProps = (ObjectNode) error.get("properties");
        errorProps.putObject("message").put("type", "string").put("description", "What is wrong, in English.");
        errorProps.putObject("code").put("type", "string").put("description", "Stable code the UI words per language.");
        errorProps.putObject("params").put("type", "object").put("description", "Values the code's wording names.");
        ObjectNode responses = components.putObject("responses");
        for (int status : PROTECTED_PROBLEMS) {
            responses.putObject("Problem" + status).put("description", problemDescription(status))
                    .putObject("content").putObject(RestApi.PROBLEM_JSON).putObject("schema")
                    .put("$ref", "#/components/schemas/Problem");
        }
    }

    private static String problemDescription(int status) {
        return switch (status) {
            case 400 -> "Invalid input: errors name each field.";
            case 401 -> "Not signed in.";
            case 403 -> "Signed in without a role this needs, or a refused cross-site or CSRF-less change.";
            case 404 -> "No such record, or one the caller may not see.";
            case 409 -> "The change conflicts with the record's state.";
            default -> "Not available now; Retry-After says when to ask again.";
        };
    }

    private String operationId(String wanted) {
        String id = wanted;
        for (int n = 2; !operationIds.add(id); n++) {
            id = wanted + "_" + n;
        }
        return id;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String[] mediaTypes(Produces onMethod, Produces onType) {
        return onMethod != null ? onMethod.value() : onType != null ? onType.value()
                : new String[] {MediaType.APPLICATION_JSON};
    }

    private static String[] mediaTypes(Consumes onMethod, Consumes onType) {
        return onMethod != null ? onMethod.value() : onType != null ? onType.value()
                : new String[] {MediaType.APPLICATION_JSON};
    }

    /** {@code /registry/mentors/{id}} from {@code @Path("registry/mentors")} and {@code @Path("{id: \\d+}")}. */
    static String join(Path onType, Path onMethod) {
        String joined = "/" + onType.value() + (onMethod == null ? "" : "/" + onMethod.value());
        joined = joined.replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        Matcher m = TEMPLATE.matcher(joined);
        return m.replaceAll("{$1}");
    }
}

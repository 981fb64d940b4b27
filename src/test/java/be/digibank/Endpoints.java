package be.digibank;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every route of the application, read from Spring MVC itself, with the authority its handler requires. */
public final class Endpoints {

	private static final Pattern AUTHORITY = Pattern.compile("^hasAuthority\\('([A-Z_]+)'\\)$");

	/** One method and path, the handler behind it, and the authority it needs (null when none is declared). */
	public record Endpoint(HttpMethod method, String path, String handler, String authority) {

		public boolean hasVariables() {
			return path.contains("{");
		}

		public boolean isApi() {
			return path.startsWith("/api/");
		}

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	private Endpoints() {
	}

	/** Routes of our own controllers (springdoc's and the error controller are excluded). */
	public static List<Endpoint> of(ApplicationContext context) {
		RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
		List<Endpoint> endpoints = new ArrayList<>();
		mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("be.digibank") || "/error".equals(first(info))) {
				return;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String path : info.getPathPatternsCondition().getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.add(new Endpoint(HttpMethod.GET, path, name(handler), authority(handler)));
				}
				for (RequestMethod method : methods) {
					endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), path, name(handler), authority(handler)));
				}
			}
		});
		endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(e -> e.method().name()));
		return endpoints;
	}

	private static String first(RequestMappingInfo info) {
		return info.getPathPatternsCondition().getPatternValues().iterator().next();
	}

	private static String name(HandlerMethod handler) {
		return handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
	}

	private static String authority(HandlerMethod handler) {
		Method method = handler.getMethod();
		PreAuthorize annotation = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
		if (annotation == null) {
			annotation = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		if (annotation == null) {
			return null;
		}
		Matcher matcher = AUTHORITY.matcher(annotation.value().strip());
		return matcher.matches() ? matcher.group(1) : "UNPARSEABLE: " + annotation.value();
	}
}

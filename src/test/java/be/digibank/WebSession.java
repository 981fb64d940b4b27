package be.digibank;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One browser's session against MockMvc: sessions live in PostgreSQL (Spring Session) and are found by their cookie, so
 * the cookie is carried from response to request as a browser would.
 */
public class WebSession {

	private final MockMvc mvc;
	private Cookie cookie;

	public WebSession(MockMvc mvc) {
		this.mvc = mvc;
	}

	public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		if (cookie != null) {
			request.cookie(cookie);
		}
		ResultActions actions = mvc.perform(request);
		MvcResult result = actions.andReturn();
		Cookie issued = result.getResponse().getCookie("SESSION");
		if (issued != null) {
			cookie = issued.getMaxAge() == 0 ? null : issued;
		}
		return actions;
	}

	/** The cookie as it was at some moment, to replay it later like an attacker would. */
	public Cookie cookie() {
		return cookie;
	}

	public ResultActions replay(Cookie old, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.cookie(old));
	}

}

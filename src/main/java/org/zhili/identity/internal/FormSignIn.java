package org.zhili.identity.internal;

import java.io.IOException;
import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** The login page's sign-in: user name, password and the optional one-time code field. */
class FormSignIn implements AuthenticationProvider, AuthenticationFailureHandler {

	/** Session attribute carrying the message the login page shows after a failure. */
	static final String ERROR_ATTRIBUTE = "zhili.signInError";

	/** What the login form sends besides user name and password. */
	record Details(String address, String code) implements Serializable {
	}

	static final AuthenticationDetailsSource<HttpServletRequest, Details> DETAILS = request -> new Details(
			request.getRemoteAddr(), request.getParameter("code"));

	private final SignIn signIn;
	private final Principals principals;

	FormSignIn(SignIn signIn, Principals principals) {
		this.signIn = signIn;
		this.principals = principals;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		Details details = authentication.getDetails() instanceof Details d ? d : new Details(null, null);
		Object credentials = authentication.getCredentials();
		Account account = signIn.authenticate(authentication.getName(), credentials == null ? null : credentials.toString(),
				details.code(), details.address());
		AccountPrincipal principal = principals.of(account);
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.authorities());
		result.setDetails(details);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String message = exception instanceof SignInFailure ? exception.getMessage() : "用户名或密码错误";
		request.getSession().setAttribute(ERROR_ATTRIBUTE, message);
		String username = request.getParameter("username");
		request.getSession().setAttribute(ERROR_ATTRIBUTE + ".username", username == null ? "" : username);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}
}

using Microsoft.AspNetCore.Builder;

namespace Masthead.Web.Security;

/// <summary>
/// Response headers that keep stored content inert: a Content-Security-Policy that allows no script at all
/// (so even markup that slipped past the sanitizer cannot run), styles only from this site, images from
/// anywhere over https (outlets' lead images and icons), and no framing.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy =
        "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' data:; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            return next(context);
        });
}

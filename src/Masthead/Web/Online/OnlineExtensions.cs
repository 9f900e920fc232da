using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Web.Online;

/// <summary>Registers the online counter and the middleware that marks each page request's session as seen.</summary>
public static class OnlineExtensions
{
    public static IServiceCollection AddOnlineCounter(this IServiceCollection services) =>
        services.AddSingleton(sp => new OnlineCounter(TimeProvider.System));

    public static IApplicationBuilder UseOnlineCounter(this IApplicationBuilder app)
    {
        var counter = app.ApplicationServices.GetRequiredService<OnlineCounter>();
        return app.Use((context, next) =>
        {
            // Only page views count as reading; feeds, API calls and assets do not.
            var path = context.Request.Path.Value ?? "/";
            if (!path.StartsWith("/api/", StringComparison.Ordinal) && !path.Contains('.', StringComparison.Ordinal))
            {
                var key = context.Connection.RemoteIpAddress + "|" + context.Request.Headers.UserAgent;
                counter.Seen(BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(key))));
            }
            return next(context);
        });
    }
}

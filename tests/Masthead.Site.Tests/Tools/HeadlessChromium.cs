using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Masthead.Site.Tests.Tools;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol (https://chromedevtools.github.io/devtools-protocol/)
/// on a loopback WebSocket: a fresh profile, no background networking, and every host but 127.0.0.1 unresolvable,
/// so a page under test never reaches the internet.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "masthead-chromium-" + Guid.NewGuid().ToString("N"));
    private readonly ClientWebSocket _socket = new();
    private Process? _process;
    private int _nextId;

    public static async Task<HeadlessChromium> StartAsync()
    {
        var browser = new HeadlessChromium();
        await browser.LaunchAsync();
        return browser;
    }

    private async Task LaunchAsync()
    {
        Directory.CreateDirectory(_profile);
        var start = new ProcessStartInfo(ExternalTools.ChromiumPath)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + _profile,
            "--remote-debugging-port=0", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "about:blank",
        })
        {
            start.ArgumentList.Add(arg);
        }
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var port = await WaitForPortAsync();
        using var http = new HttpClient();
        var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"))!.AsArray();
        var page = targets.First(t => (string?)t!["type"] == "page")!;
        await _socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), CancellationToken.None);
    }

    /// <summary>Chromium writes the port it chose to DevToolsActivePort in the profile.</summary>
    private async Task<int> WaitForPortAsync()
    {
        var file = Path.Combine(_profile, "DevToolsActivePort");
        var timer = Stopwatch.StartNew();
        while (timer.Elapsed < StartTimeout)
        {
            if (File.Exists(file))
            {
                var lines = await File.ReadAllLinesAsync(file);
                if (lines.Length > 0 && int.TryParse(lines[0], out var port))
                {
                    return port;
                }
            }
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"chromium exited with {_process.ExitCode}");
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("chromium did not open its DevTools port");
    }

    /// <summary>Sends one command and returns its result (events in between are skipped).</summary>
    public async Task<JsonElement> SendAsync(string method, object? parameters = null)
    {
        var id = ++_nextId;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await _socket.SendAsync(message, WebSocketMessageType.Text, true, CancellationToken.None);
        while (true)
        {
            using var doc = JsonDocument.Parse(await ReceiveAsync());
            if (doc.RootElement.TryGetProperty("id", out var got) && got.GetInt32() == id)
            {
                if (doc.RootElement.TryGetProperty("error", out var error))
                {
                    throw new InvalidOperationException($"{method}: {error}");
                }
                return doc.RootElement.GetProperty("result").Clone();
            }
        }
    }

    /// <summary>Evaluates a JavaScript expression in the page (DevTools evaluation is not bound by the page's CSP).</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true });
        return result.GetProperty("result").GetProperty("value");
    }

    /// <summary>Sets the viewport, loads the page and waits until it has finished loading.</summary>
    public async Task LoadAsync(string url, int width, int height)
    {
        await SendAsync("Emulation.setDeviceMetricsOverride", new { width, height, deviceScaleFactor = 1, mobile = width < 600 });
        await SendAsync("Page.navigate", new { url });
        var timer = Stopwatch.StartNew();
        while (timer.Elapsed < StartTimeout)
        {
            var state = await EvaluateAsync("document.readyState + '|' + location.href");
            if (state.GetString() == "complete|" + url)
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{url} did not finish loading");
    }

    public async Task<byte[]> ScreenshotAsync()
    {
        var result = await SendAsync("Page.captureScreenshot", new { format = "png" });
        return Convert.FromBase64String(result.GetProperty("data").GetString()!);
    }

    private async Task<byte[]> ReceiveAsync()
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(chunk, CancellationToken.None);
            buffer.Write(chunk, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return buffer.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // The browser may already be gone.
        }
        _socket.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the temp folder is cleaned by the OS.
        }
    }
}

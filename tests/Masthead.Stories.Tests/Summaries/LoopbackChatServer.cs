using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Masthead.Stories.Tests;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 (port chosen by the OS) that answers POST /v1/chat/completions with a
/// canned reply, or hangs, or sends garbage: enough of the protocol to test the summariser offline.
/// </summary>
internal sealed class LoopbackChatServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<string, (int Status, string Body)?> _respond;
    private readonly Task _loop;

    /// <param name="respond">Request body -> status and body, or null to hang until disposed.</param>
    public LoopbackChatServer(Func<string, (int Status, string Body)?> respond)
    {
        _respond = respond;
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1");

    public List<string> Requests { get; } = [];

    public List<string> Headers { get; } = [];

    /// <summary>An OpenAI-style response envelope around <paramref name="content"/>.</summary>
    public static string Envelope(string content) =>
        "{\"id\":\"c1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" +
        System.Text.Json.JsonSerializer.Serialize(content) + "},\"finish_reason\":\"stop\"}]}";

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // Stopped: a dispose right after start can stop the listener before the first accept begins.
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var (head, body) = await ReadRequestAsync(stream);
        lock (Requests)
        {
            Requests.Add(body);
            Headers.Add(head);
        }
        var reply = _respond(body);
        if (reply is null)
        {
            await Task.Delay(Timeout.Infinite, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(reply.Value.Body);
        var header = $"HTTP/1.1 {reply.Value.Status} X\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(header));
        await stream.WriteAsync(bytes);
    }

    private static async Task<(string Head, string Body)> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var chunk = new byte[4096];
        int headEnd;
        while ((headEnd = IndexOfHeadEnd(buffer)) < 0)
        {
            var read = await stream.ReadAsync(chunk);
            if (read == 0)
            {
                return ("", "");
            }
            buffer.AddRange(chunk.AsSpan(0, read).ToArray());
        }
        var head = Encoding.ASCII.GetString(buffer.ToArray(), 0, headEnd);
        var lengthLine = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var length = lengthLine is null ? 0 : int.Parse(lengthLine.Split(':')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        while (buffer.Count < headEnd + 4 + length)
        {
            var read = await stream.ReadAsync(chunk);
            if (read == 0)
            {
                break;
            }
            buffer.AddRange(chunk.AsSpan(0, read).ToArray());
        }
        return (head, Encoding.UTF8.GetString(buffer.ToArray(), headEnd + 4, Math.Min(length, buffer.Count - headEnd - 4)));
    }

    private static int IndexOfHeadEnd(List<byte> buffer)
    {
        for (var i = 0; i + 3 < buffer.Count; i++)
        {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n')
            {
                return i;
            }
        }
        return -1;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}

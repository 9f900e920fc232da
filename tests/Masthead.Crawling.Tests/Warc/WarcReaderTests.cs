using System.Text;
using Masthead.Crawling.Tests.Support;
using Masthead.Crawling.Warc;
using Masthead.Testing;

namespace Masthead.Crawling.Tests.Warc;

public class WarcReaderTests
{
    private static WarcBuilder TwoPages() => new WarcBuilder()
        .Record("WARC/1.0", "warcinfo", null, "application/warc-fields", "software: test\r\n"u8.ToArray())
        .Response("https://example.com/a", "<html><body><p>first</p></body></html>", version: "WARC/1.0")
        .Response("https://example.com/b", "<html><body><p>second ünïcödé</p></body></html>");

    public static TheoryData<string, Func<WarcBuilder, byte[]>> Layouts => new()
    {
        { "plain .warc", b => b.Plain() },
        { ".warc.gz, one gzip member per record", b => b.GzipPerRecord() },
        { ".warc.gz, one gzip member for all", b => b.GzipWhole() },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void ReadAll_ReadsEveryRecord(string name, Func<WarcBuilder, byte[]> layout)
    {
        using var reader = new WarcReader(new MemoryStream(layout(TwoPages())), name);

        var records = reader.ReadAll().ToList();

        Assert.Null(reader.Error);
        Assert.Equal(["warcinfo", "response", "response"], records.Select(r => r.Type));
        Assert.Equal("https://example.com/b", records[2].TargetUri);
        Assert.Equal("WARC/1.0", records[1].Version);
        var (response, error) = HttpResponseParser.Parse(records[2].TargetUri!, records[2].Block);
        Assert.Null(error);
        Assert.Contains("second ünïcödé", Encoding.UTF8.GetString(response!.Body));
    }

    [Theory]
    [InlineData("plain, cut inside the last block", false)]
    [InlineData("gzip, cut inside the last member", true)]
    public void Truncated_KeepsEarlierRecords_AndSaysWhere(string name, bool gzip)
    {
        var whole = gzip ? TwoPages().GzipPerRecord() : TwoPages().Plain();
        var cut = whole[..(whole.Length - 30)];
        using var reader = new WarcReader(new MemoryStream(cut), "cut.warc");

        var records = reader.ReadAll().ToList();

        Assert.True(records.Count == 2, name);
        Assert.NotNull(reader.Error);
        Assert.Contains("damaged after record 2", reader.Error);
    }

    [Theory]
    [InlineData("an HTML page", "<!doctype html><html><body>hello</body></html>")]
    [InlineData("random text", "this is not an archive\nat all\n")]
    [InlineData("a WARC/2.0 header", "WARC/2.0\r\nContent-Length: 0\r\n\r\n")]
    public void NotAWarc_IsAClearError(string name, string content)
    {
        using var reader = new WarcReader(new MemoryStream(Encoding.UTF8.GetBytes(content)), "x.warc");

        Assert.Empty(reader.ReadAll());
        Assert.True(reader.Error?.Contains("not a readable WARC file", StringComparison.Ordinal) == true, name);
    }

    [Fact]
    public void Binary_IsAClearError()
    {
        var noise = new byte[200_000];
        new Random(7).NextBytes(noise);
        using var reader = new WarcReader(new MemoryStream(noise), "noise.bin");

        Assert.Empty(reader.ReadAll());
        Assert.Contains("not a readable WARC file", reader.Error);
    }

    [Theory]
    [InlineData("zlib-wrapped deflate (RFC 9110)", true)]
    [InlineData("raw deflate, as some servers send it", false)]
    public void DeflateHttpBody_IsDecodedEitherWay(string name, bool zlib)
    {
        var page = Encoding.UTF8.GetBytes("<p>deflated page</p>");
        var compressed = new MemoryStream();
        using (Stream deflater = zlib ? new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Optimal, true) : new System.IO.Compression.DeflateStream(compressed, System.IO.Compression.CompressionLevel.Optimal, true))
        {
            deflater.Write(page);
        }
        var block = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\nContent-Type: text/html\r\n\r\n").Concat(compressed.ToArray()).ToArray();

        var (response, error) = HttpResponseParser.Parse("https://example.com/", block);

        Assert.True(error is null, $"{name}: {error}");
        Assert.Equal("<p>deflated page</p>", Encoding.UTF8.GetString(response!.Body));
    }

    [Fact]
    public void UnknownContentCoding_KeepsTheArchivedBytes()
    {
        var block = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Encoding: UTF-8\r\nContent-Type: text/html\r\n\r\n<p>as archived</p>");

        var (response, error) = HttpResponseParser.Parse("https://example.com/", block);

        Assert.Null(error);
        Assert.Equal("<p>as archived</p>", Encoding.UTF8.GetString(response!.Body));
    }

    [Fact]
    public void ChunkedGzipHttpBody_IsDecoded()
    {
        var payload = WarcBuilder.Gzip(Encoding.UTF8.GetBytes("<p>chunked and gzipped</p>"));
        var chunked = new MemoryStream();
        foreach (var part in payload.Chunk(7))
        {
            chunked.Write(Encoding.ASCII.GetBytes($"{part.Length:x}\r\n"));
            chunked.Write(part);
            chunked.Write("\r\n"u8);
        }
        chunked.Write("0\r\n\r\n"u8);
        var block = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\nContent-Type: text/html\r\n\r\n")
            .Concat(chunked.ToArray()).ToArray();

        var (response, error) = HttpResponseParser.Parse("https://example.com/", block);

        Assert.Null(error);
        Assert.Equal("<p>chunked and gzipped</p>", Encoding.UTF8.GetString(response!.Body));
        Assert.Null(response.Header("Content-Encoding"));
        Assert.True(response.IsHtml);
    }

    [CorpusFact("demo/demo.warc.gz")]
    public void DemoArchive_ReadsAll512Records()
    {
        using var reader = WarcReader.Open(Corpora.PathOf("demo/demo.warc.gz"));

        var records = reader.ReadAll().ToList();

        Assert.Null(reader.Error);
        Assert.Equal(512, records.Count);
        Assert.Equal(511, records.Count(r => r.IsHttpResponse));
        Assert.All(records.Where(r => r.IsHttpResponse), r => Assert.Null(HttpResponseParser.Parse(r.TargetUri!, r.Block).Error));
    }
}

using Masthead.Web.Media;

namespace Masthead.Site.Tests.Media;

public sealed class MediaCacheTrimmerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("masthead-trim-").FullName;

    [Fact]
    public void Past_the_budget_the_oldest_images_go_first_down_to_90_percent()
    {
        // Five 100-byte images written a day apart (a oldest), each with its .type companion; budget 450 bytes.
        var names = new[] { "a", "b", "c", "d", "e" };
        for (var i = 0; i < names.Length; i++)
        {
            Write(names[i], 100, DateTime.UtcNow.AddDays(i - 10));
        }
        var trimmer = new MediaCacheTrimmer(_folder, 450);
        Assert.Equal(500, trimmer.Bytes);

        Write("f", 100, DateTime.UtcNow);
        trimmer.Added(100);

        // 600 > 450: trimmed to <= 405, so a and b go (leaving 400); their content types go with them.
        Assert.Equal(["c", "c.type", "d", "d.type", "e", "e.type", "f", "f.type"], Directory.GetFiles(_folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(400, trimmer.Bytes);
    }

    [Fact]
    public void A_served_image_counts_as_recent_and_survives_the_next_trim()
    {
        Write("old", 100, DateTime.UtcNow.AddDays(-30));
        Write("newer", 100, DateTime.UtcNow.AddDays(-20));
        var trimmer = new MediaCacheTrimmer(_folder, 250);

        trimmer.Touch(Path.Combine(_folder, "old"));
        Write("newest", 100, DateTime.UtcNow);
        trimmer.Added(100);

        Assert.True(File.Exists(Path.Combine(_folder, "old")));
        Assert.False(File.Exists(Path.Combine(_folder, "newer")));
    }

    [Fact]
    public void Under_the_budget_nothing_is_deleted()
    {
        Write("a", 100, DateTime.UtcNow.AddDays(-3));
        var trimmer = new MediaCacheTrimmer(_folder, 1000);
        Write("b", 100, DateTime.UtcNow);
        trimmer.Added(100);
        Assert.Equal(4, Directory.GetFiles(_folder).Length);
    }

    private void Write(string name, int bytes, DateTime written)
    {
        var file = Path.Combine(_folder, name);
        File.WriteAllBytes(file, new byte[bytes]);
        File.WriteAllText(file + ".type", "image/png");
        File.SetLastWriteTimeUtc(file, written);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

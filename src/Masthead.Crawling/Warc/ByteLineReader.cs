using System.Text;

namespace Masthead.Crawling.Warc;

/// <summary>
/// Reads CRLF (or bare LF) terminated header lines and exact byte counts from a stream, with its own
/// buffer, so the WARC reader can mix header lines and binary blocks. Counts the bytes consumed.
/// </summary>
public sealed class ByteLineReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    public long Position { get; private set; }

    /// <summary>The next line without its terminator (UTF-8, as WARC 1.1 §4 allows); null at end of stream.</summary>
    public string? ReadLine(int maxBytes)
    {
        var line = new MemoryStream();
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return line.Length == 0 ? null : Finish(line);
            }
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            var stop = newline < 0 ? _end : newline;
            line.Write(_buffer, _start, stop - _start);
            Consume((newline < 0 ? stop : stop + 1) - _start);
            if (newline >= 0)
            {
                return Finish(line);
            }
            if (line.Length > maxBytes)
            {
                throw new InvalidDataException($"a header line is longer than {maxBytes:N0} bytes");
            }
        }
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes into <paramref name="target"/> (or discards them when null); returns how many were available.</summary>
    public long ReadExactly(long count, Stream? target)
    {
        long done = 0;
        while (done < count)
        {
            if (_start == _end && !Fill())
            {
                break;
            }
            var take = (int)Math.Min(count - done, _end - _start);
            target?.Write(_buffer, _start, take);
            Consume(take);
            done += take;
        }
        return done;
    }

    private void Consume(int count)
    {
        _start += count;
        Position += count;
    }

    private bool Fill()
    {
        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    private static string Finish(MemoryStream line)
    {
        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        if (bytes.Length > 0 && bytes[^1] == '\r')
        {
            bytes = bytes[..^1];
        }
        return Encoding.UTF8.GetString(bytes);
    }
}

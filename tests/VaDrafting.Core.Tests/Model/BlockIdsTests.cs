using System.Collections;
using VaDrafting.Core.Model;
using Xunit;

namespace VaDrafting.Core.Tests.Model;

public class BlockIdsTests
{
    [Fact]
    public void New_IsSixLowercaseCharactersStartingWithALetter()
    {
        for (var i = 0; i < 1000; i++)
        {
            var id = BlockIds.New(new HashSet<string>());
            Assert.Equal(6, id.Length);
            Assert.InRange(id[0], 'a', 'z');
            Assert.All(id, c => Assert.True(c is >= 'a' and <= 'z' or >= '0' and <= '9', $"unexpected character '{c}' in {id}"));
            Assert.True(BlockIds.IsValid(id));
        }
    }

    [Fact]
    public void New_UsesEveryLetterAndDigit()
    {
        var seen = new HashSet<char>();
        for (var i = 0; i < 2000; i++) seen.UnionWith(BlockIds.New(new HashSet<string>()).AsSpan(1).ToArray());
        Assert.Equal(36, seen.Count);
    }

    [Fact]
    public void New_NeverReturnsATakenId()
    {
        var taken = new HashSet<string>();
        for (var i = 0; i < 2000; i++) Assert.True(taken.Add(BlockIds.New(taken)));
    }

    [Fact]
    public void New_DrawsAgainWhenTheCandidateIsTaken()
    {
        var taken = new RejectFirst(3);
        var id = BlockIds.New(taken);
        Assert.Equal(4, taken.Asked.Count);
        Assert.Equal(id, taken.Asked[^1]);
        Assert.DoesNotContain(id, taken.Asked.Take(3));
    }

    [Fact]
    public void New_WhenEveryCandidateIsTaken_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => BlockIds.New(new RejectFirst(int.MaxValue)));
    }

    [Theory]
    [InlineData("abcd")]
    [InlineData("a1b2c3")]
    [InlineData("0000")]
    [InlineData("p7f3ab")]
    [InlineData("abcdefghijklmnop")]
    public void IsValid_AcceptsFourToSixteenLowercaseLettersOrDigits(string id)
    {
        Assert.True(BlockIds.IsValid(id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("abcdefghijklmnopq")]
    [InlineData("ABCD")]
    [InlineData("ab-cd")]
    [InlineData("ab cd")]
    [InlineData("abçd")]
    [InlineData("abcd\n")]
    public void IsValid_RejectsEverythingElse(string? id)
    {
        Assert.False(BlockIds.IsValid(id));
    }

    /// <summary>Claims the first <c>count</c> ids asked about are taken, and records every id asked about.</summary>
    private sealed class RejectFirst(int count) : IReadOnlySet<string>
    {
        public List<string> Asked { get; } = [];

        public bool Contains(string item)
        {
            Asked.Add(item);
            return Asked.Count <= count;
        }

        public int Count => 0;
        public IEnumerator<string> GetEnumerator() => Enumerable.Empty<string>().GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        public bool IsProperSubsetOf(IEnumerable<string> other) => throw new NotSupportedException();
        public bool IsProperSupersetOf(IEnumerable<string> other) => throw new NotSupportedException();
        public bool IsSubsetOf(IEnumerable<string> other) => throw new NotSupportedException();
        public bool IsSupersetOf(IEnumerable<string> other) => throw new NotSupportedException();
        public bool Overlaps(IEnumerable<string> other) => throw new NotSupportedException();
        public bool SetEquals(IEnumerable<string> other) => throw new NotSupportedException();
    }
}

using Masthead.Cli;

// One executable, two faces: every command line below, and (with `serve`) the web host.
var root = MastheadCommands.Build();
return await root.Parse(args).InvokeAsync();

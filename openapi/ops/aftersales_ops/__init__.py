"""aftersales-ops: the ops scripts' command line, on the generated aftersales-client."""

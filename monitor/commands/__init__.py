"""What the CLI's commands do, one module each; `monitor.cli` only parses options."""

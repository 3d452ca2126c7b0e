"""The streaming shell: the Faust app (`app`), its hot path (`hotpath`), topics and web views."""

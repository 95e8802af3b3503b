import os

# Widgets, painting and grab() work with no display on the offscreen platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

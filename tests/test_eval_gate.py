"""Pinned quality floors (the trafilatura eval_gate habit), per extractor and per gold set.

The sets that matter are the held-out sets scored blind on the day they arrived
(docs/extraction.md, "Blind scores on arrival"); they have been used for development since, so
their floors guard against regressions, not claims of quality. The development corpus keeps a
floor too, and every fact of the seed article must be found. Raise a floor when the extractor
improves; lowering one is a deliberate edit of this file, explained in the commit message.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from missionwatch.nlp.evaluate import Report, evaluate, extract_file, match

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
FIXTURES = ROOT / "tests" / "fixtures"

# (extractor, set) -> (lenient F1, lenient precision, strict F1) floors, a little under what
# `missionwatch eval SET -x EXTRACTOR [--strict]` measured when pinned (2026-12-04); "now" is the
# score at the end of the evening's session (raised floors keep its gains), "on arrival" the blind one.
FLOORS: dict[tuple[str, str], tuple[float, float, float]] = {
    ("rules", "dev"): (0.97, 0.96, 0.94),  # measured 1.000 / 1.000 / 0.970
    ("frames", "dev"): (0.94, 0.95, 0.84),  # measured 0.965 / 0.980 / 0.865
    ("frames", "heldout3"): (0.90, 0.92, 0.79),  # now 0.927 / 0.941 / 0.814 (blind on arrival: 0.592)
    ("frames", "heldout4"): (0.84, 0.86, 0.71),  # now 0.860 / 0.883 / 0.739 (blind on arrival: 0.518)
    ("frames", "heldout7"): (0.79, 0.81, 0.59),  # now 0.812 / 0.836 / 0.612 (blind on arrival: 0.635)
    ("frames", "heldout8"): (0.81, 0.85, 0.68),  # now 0.836 / 0.871 / 0.708 (blind on arrival: 0.636)
    # the final blind check, scored blind at e59570a
    ("frames", "heldout5"): (0.82, 0.87, 0.69),  # now 0.843 / 0.891 / 0.715 (blind on arrival: 0.690)
    ("frames", "heldout6"): (0.82, 0.83, 0.73),  # now 0.847 / 0.857 / 0.760 (blind on arrival: 0.771)
    # the last two new sets of their round, scored blind at 5779a3f
    ("frames", "heldout9"): (0.78, 0.81, 0.57),  # now 0.802 / 0.834 / 0.599 (blind on arrival: 0.661)
    ("frames", "heldout10"): (0.73, 0.83, 0.62),  # now 0.751 / 0.852 / 0.647 (blind on arrival: 0.667)
    ("frames", "heldout11"): (0.81, 0.87, 0.49),  # now 0.832 / 0.895 / 0.517 (blind on arrival: 0.732)
    # the last two new sets, sealed until scored at b15d75a
    ("frames", "heldout12"): (0.84, 0.87, 0.68),  # now 0.863 / 0.893 / 0.704 (blind on arrival: 0.737)
    ("frames", "heldout13"): (0.79, 0.82, 0.67),  # now 0.817 / 0.848 / 0.697 (blind on arrival: 0.716)
    # the blind check of the changes after b15d75a, sealed until scored at 4fdac3e
    ("frames", "heldout14"): (0.77, 0.81, 0.63),  # now 0.797 / 0.838 / 0.658 (blind on arrival: 0.756)
    ("frames", "heldout15"): (0.80, 0.83, 0.68),  # now 0.828 / 0.852 / 0.702 (blind on arrival: 0.735)
    # the blind check of the changes after 4fdac3e, sealed until scored at cc66876
    ("frames", "heldout16"): (0.74, 0.78, 0.60),  # now 0.766 / 0.801 / 0.624 (blind on arrival: 0.723)
    ("frames", "heldout17"): (0.82, 0.85, 0.68),  # now 0.848 / 0.875 / 0.701 (blind on arrival: 0.771)
    # the blind check of the changes after cc66876, sealed until scored at c67e045
    ("frames", "heldout18"): (0.73, 0.77, 0.64),  # now 0.750 / 0.799 / 0.669 (blind on arrival: 0.744)
    ("frames", "heldout19"): (0.72, 0.75, 0.59),  # now 0.747 / 0.773 / 0.614 (blind on arrival: 0.713)
    # the blind check of the changes after c67e045, sealed until scored at e00f9b6
    ("frames", "heldout20"): (0.75, 0.78, 0.63),  # now 0.774 / 0.808 / 0.652 (blind on arrival: 0.762)
    ("frames", "heldout21"): (0.69, 0.73, 0.52),  # measured 0.707 / 0.758 / 0.540 on arrival
    # sealed until scored at a756ce8
    ("frames", "heldout22"): (0.71, 0.81, 0.62),  # measured 0.728 / 0.832 / 0.641 on arrival
    ("frames", "heldout23"): (0.64, 0.70, 0.52),  # now 0.665 / 0.727 / 0.538 (blind on arrival: 0.650)
    # sealed until scored at 66874e6
    ("frames", "heldout24"): (0.64, 0.69, 0.49),  # measured 0.661 / 0.712 / 0.513 on arrival
    ("frames", "heldout25"): (0.61, 0.65, 0.53),  # measured 0.628 / 0.669 / 0.557 on arrival
    # sealed until scored at b47c474
    ("frames", "heldout26"): (0.76, 0.79, 0.69),  # measured 0.781 / 0.811 / 0.715 on arrival
    ("frames", "heldout27"): (0.71, 0.76, 0.57),  # measured 0.729 / 0.785 / 0.593 on arrival
    # sealed until scored at 348c255
    ("frames", "heldout28"): (0.76, 0.81, 0.65),  # measured 0.780 / 0.838 / 0.673 on arrival
    ("frames", "heldout29"): (0.73, 0.75, 0.64),  # measured 0.750 / 0.771 / 0.667 on arrival
    # sealed until scored at 70c861e
    ("frames", "heldout30"): (0.77, 0.82, 0.70),  # measured 0.795 / 0.840 / 0.723 on arrival
    ("frames", "heldout31"): (0.73, 0.78, 0.58),  # measured 0.749 / 0.799 / 0.604 on arrival
    # sealed until scored at 2631bf1
    ("frames", "heldout32"): (0.77, 0.82, 0.64),  # measured 0.792 / 0.839 / 0.665 on arrival
    ("frames", "heldout33"): (0.83, 0.87, 0.66),  # measured 0.850 / 0.892 / 0.688 on arrival
    # sealed until scored at b77d752
    ("frames", "heldout34"): (0.75, 0.79, 0.66),  # measured 0.769 / 0.815 / 0.687 on arrival
    ("frames", "heldout35"): (0.66, 0.75, 0.55),  # measured 0.685 / 0.770 / 0.569 on arrival
    # sealed until scored at 6eab4c4
    ("frames", "heldout36"): (0.79, 0.84, 0.66),  # measured 0.811 / 0.861 / 0.687 on arrival
    ("frames", "heldout37"): (0.70, 0.77, 0.57),  # measured 0.724 / 0.798 / 0.593 on arrival
    # sealed until scored at cf8b911
    ("frames", "heldout38"): (0.74, 0.77, 0.66),  # measured 0.760 / 0.791 / 0.681 on arrival
    ("frames", "heldout39"): (0.69, 0.74, 0.64),  # measured 0.710 / 0.769 / 0.662 on arrival
    # sealed until scored at e1b724e
    ("frames", "heldout40"): (0.80, 0.82, 0.70),  # measured 0.821 / 0.846 / 0.727 on arrival
    ("frames", "heldout41"): (0.74, 0.80, 0.63),  # measured 0.768 / 0.821 / 0.654 on arrival
    # sealed until scored at 65f83d1
    ("frames", "heldout42"): (0.77, 0.81, 0.65),  # measured 0.792 / 0.840 / 0.679 on arrival
    ("frames", "heldout43"): (0.72, 0.76, 0.64),  # measured 0.744 / 0.784 / 0.667 on arrival
    # sealed until scored at 7b4f013
    ("frames", "heldout44"): (0.77, 0.81, 0.71),  # measured 0.798 / 0.831 / 0.740 on arrival
    ("frames", "heldout45"): (0.65, 0.70, 0.50),  # measured 0.677 / 0.722 / 0.521 on arrival
    # sealed until scored at 0ca9124
    ("frames", "heldout46"): (0.83, 0.85, 0.71),  # measured 0.856 / 0.876 / 0.739 on arrival
    ("frames", "heldout47"): (0.71, 0.77, 0.60),  # measured 0.736 / 0.797 / 0.621 on arrival
    # sealed until scored at a6ed978
    ("frames", "heldout48"): (0.78, 0.80, 0.68),  # measured 0.802 / 0.829 / 0.705 on arrival
    ("frames", "heldout49"): (0.70, 0.74, 0.62),  # measured 0.725 / 0.771 / 0.644 on arrival
    # sealed until scored at 2c74f59
    ("frames", "heldout50"): (0.73, 0.78, 0.67),  # measured 0.757 / 0.807 / 0.693 on arrival
    ("frames", "heldout51"): (0.66, 0.70, 0.52),  # measured 0.684 / 0.733 / 0.541 on arrival
    # sealed until scored at 73aca09
    ("frames", "heldout52"): (0.77, 0.84, 0.71),  # measured 0.800 / 0.864 / 0.737 on arrival
    ("frames", "heldout53"): (0.68, 0.72, 0.55),  # measured 0.705 / 0.748 / 0.570 on arrival
    # sealed until scored at 7fcd8d1
    ("frames", "heldout54"): (0.77, 0.81, 0.65),  # measured 0.790 / 0.834 / 0.670 on arrival
    ("frames", "heldout55"): (0.68, 0.74, 0.50),  # measured 0.704 / 0.766 / 0.528 on arrival
    # sealed until scored at e1c7468
    ("frames", "heldout56"): (0.75, 0.78, 0.66),  # measured 0.771 / 0.805 / 0.684 on arrival
    ("frames", "heldout57"): (0.70, 0.75, 0.54),  # measured 0.720 / 0.771 / 0.569 on arrival
    # sealed until scored at 0d95060
    ("frames", "heldout58"): (0.74, 0.81, 0.63),  # measured 0.768 / 0.831 / 0.659 on arrival
    ("frames", "heldout59"): (0.63, 0.68, 0.51),  # measured 0.656 / 0.705 / 0.534 on arrival
    # sealed until scored at 8019a00
    ("frames", "heldout60"): (0.77, 0.81, 0.70),  # measured 0.796 / 0.840 / 0.730 on arrival
    ("frames", "heldout61"): (0.73, 0.78, 0.58),  # measured 0.757 / 0.811 / 0.605 on arrival
    # sealed until scored at 5562a81
    ("frames", "heldout62"): (0.84, 0.87, 0.79),  # measured 0.868 / 0.901 / 0.820 on arrival
    ("frames", "heldout63"): (0.64, 0.68, 0.49),  # measured 0.670 / 0.707 / 0.518 on arrival
    # sealed until scored at beba978
    ("frames", "heldout64"): (0.73, 0.76, 0.66),  # measured 0.755 / 0.786 / 0.681 on arrival
    ("frames", "heldout65"): (0.72, 0.76, 0.63),  # measured 0.744 / 0.786 / 0.653 on arrival
    # sealed until scored at e94fea7
    ("frames", "heldout66"): (0.75, 0.77, 0.66),  # measured 0.775 / 0.801 / 0.687 on arrival
    ("frames", "heldout67"): (0.65, 0.68, 0.53),  # measured 0.674 / 0.711 / 0.559 on arrival
    # sealed until scored at 64bda6c
    ("frames", "heldout68"): (0.79, 0.84, 0.68),  # measured 0.820 / 0.871 / 0.709 on arrival
    ("frames", "heldout69"): (0.60, 0.68, 0.54),  # measured 0.628 / 0.706 / 0.564 on arrival
    # sealed until scored at 39eb7a6
    ("frames", "heldout70"): (0.69, 0.75, 0.58),  # measured 0.719 / 0.782 / 0.606 on arrival
    ("frames", "heldout71"): (0.69, 0.74, 0.60),  # measured 0.720 / 0.773 / 0.634 on arrival
    # sealed until scored at 5957c8f
    ("frames", "heldout72"): (0.80, 0.84, 0.72),  # measured 0.823 / 0.868 / 0.747 on arrival
    ("frames", "heldout73"): (0.59, 0.65, 0.48),  # measured 0.614 / 0.674 / 0.510 on arrival
    # sealed until scored at b4fae21
    ("frames", "heldout74"): (0.73, 0.76, 0.66),  # measured 0.762 / 0.790 / 0.685 on arrival
    ("frames", "heldout75"): (0.73, 0.78, 0.59),  # measured 0.758 / 0.806 / 0.621 on arrival
    # sealed until scored at bc179a3 (the session's last commit)
    ("frames", "heldout76"): (0.70, 0.79, 0.64),  # measured 0.731 / 0.822 / 0.670 on arrival
    ("frames", "heldout77"): (0.62, 0.71, 0.51),  # measured 0.652 / 0.747 / 0.541 on arrival
    # sealed until scored at 4286ff8 (the session's start)
    ("frames", "heldout78"): (0.74, 0.77, 0.67),  # measured 0.766 / 0.803 / 0.704 on arrival
    ("frames", "heldout79"): (0.62, 0.65, 0.41),  # measured 0.649 / 0.681 / 0.441 on arrival
    # sealed until scored at d9e275b (after the session's families)
    ("frames", "heldout80"): (0.77, 0.81, 0.70),  # measured 0.796 / 0.840 / 0.724 on arrival
    ("frames", "heldout81"): (0.77, 0.84, 0.67),  # measured 0.802 / 0.870 / 0.695 on arrival
    # sealed until scored at 7565394 (the session's last extractor change)
    ("frames", "heldout82"): (0.79, 0.81, 0.73),  # measured 0.817 / 0.840 / 0.754 on arrival
    ("frames", "heldout83"): (0.65, 0.71, 0.53),  # measured 0.679 / 0.739 / 0.557 on arrival
    # sealed until scored at d639777 (the session's last commit to the extractor)
    ("frames", "heldout84"): (0.81, 0.85, 0.74),  # measured 0.834 / 0.874 / 0.771 on arrival
    ("frames", "heldout85"): (0.61, 0.67, 0.49),  # measured 0.644 / 0.706 / 0.517 on arrival
    # sealed until scored at f1a8e1f (the next session's start)
    ("frames", "heldout86"): (0.85, 0.87, 0.68),  # measured 0.874 / 0.896 / 0.708 on arrival
    ("frames", "heldout87"): (0.71, 0.81, 0.57),  # measured 0.742 / 0.840 / 0.601 on arrival
    # sealed until scored at acfd1b4 (the session's last commit to the English extractor)
    ("frames", "heldout88"): (0.72, 0.76, 0.54),  # measured 0.747 / 0.790 / 0.567 on arrival
    ("frames", "heldout89"): (0.74, 0.79, 0.62),  # measured 0.769 / 0.818 / 0.655 on arrival
    # sealed until scored at 7d15732 (the session's last commit to the extractor)
    ("frames", "heldout90"): (0.80, 0.81, 0.72),  # measured 0.824 / 0.843 / 0.753 on arrival
    ("frames", "heldout91"): (0.73, 0.78, 0.60),  # measured 0.763 / 0.808 / 0.633 on arrival
    # scored blind at the start of the evening session of 2026-12-05 (2b91f7f)
    ("frames", "heldout92"): (0.85, 0.88, 0.74),  # now 0.879 / 0.912 / 0.774 (blind on arrival: 0.858)
    ("frames", "heldout93"): (0.74, 0.77, 0.56),  # now 0.768 / 0.798 / 0.595 (blind on arrival: 0.734)
    # scored blind after the session's extractor work (24080ba / 6fc3050 and f6ae0f3)
    ("frames", "heldout94"): (0.83, 0.85, 0.75),  # now 0.861 / 0.882 / 0.777 (blind on arrival: 0.845)
    ("frames", "heldout95"): (0.75, 0.79, 0.50),  # now 0.781 / 0.813 / 0.528 (blind on arrival: 0.747)
    ("frames", "heldout96"): (0.77, 0.82, 0.64),  # measured 0.798 / 0.849 / 0.670 on arrival
    ("frames", "heldout97"): (0.75, 0.78, 0.57),  # measured 0.775 / 0.805 / 0.603 on arrival
    ("frames", "heldout98"): (0.84, 0.88, 0.76),  # measured 0.868 / 0.904 / 0.787 on arrival
    ("frames", "heldout99"): (0.77, 0.84, 0.62),  # measured 0.794 / 0.865 / 0.644 on arrival
    ("frames", "heldout100"): (0.83, 0.86, 0.75),  # measured 0.853 / 0.889 / 0.781 on arrival
    ("frames", "heldout101"): (0.73, 0.78, 0.56),  # measured 0.759 / 0.805 / 0.589 on arrival
    ("frames", "heldout102"): (0.82, 0.86, 0.74),  # measured 0.851 / 0.893 / 0.775 on arrival
    ("frames", "heldout103"): (0.72, 0.76, 0.63),  # measured 0.747 / 0.793 / 0.662 on arrival
    ("frames", "heldout104"): (0.81, 0.85, 0.70),  # measured 0.844 / 0.884 / 0.734 on arrival
    ("frames", "heldout105"): (0.63, 0.71, 0.50),  # measured 0.664 / 0.743 / 0.533 on arrival
    ("frames", "heldout106"): (0.87, 0.89, 0.77),  # measured 0.895 / 0.922 / 0.800 on arrival
    ("frames", "heldout107"): (0.70, 0.76, 0.62),  # measured 0.733 / 0.793 / 0.647 on arrival
    ("frames", "heldout108"): (0.69, 0.78, 0.64),  # measured 0.718 / 0.815 / 0.669 on arrival
    ("frames", "heldout109"): (0.68, 0.75, 0.56),  # measured 0.712 / 0.786 / 0.590 on arrival
    ("frames", "heldout110"): (0.77, 0.82, 0.68),  # measured 0.805 / 0.849 / 0.714 on arrival
    ("frames", "heldout111"): (0.81, 0.85, 0.72),  # measured 0.841 / 0.884 / 0.751 on arrival
    ("frames", "heldout112"): (0.82, 0.84, 0.73),  # measured 0.856 / 0.878 / 0.765 on arrival
    ("frames", "heldout113"): (0.79, 0.82, 0.65),  # measured 0.825 / 0.855 / 0.685 on arrival
    ("frames", "heldout114"): (0.76, 0.78, 0.70),  # measured 0.794 / 0.816 / 0.735 on arrival
    ("frames", "heldout115"): (0.69, 0.72, 0.59),  # measured 0.724 / 0.752 / 0.623 on arrival
    ("frames", "heldout116"): (0.76, 0.77, 0.68),  # measured 0.790 / 0.803 / 0.717 on arrival
    ("frames", "heldout117"): (0.69, 0.73, 0.51),  # measured 0.726 / 0.762 / 0.544 on arrival
    ("frames", "heldout118"): (0.81, 0.83, 0.72),  # measured 0.838 / 0.861 / 0.751 on arrival
    ("frames", "heldout119"): (0.68, 0.70, 0.52),  # measured 0.709 / 0.737 / 0.558 on arrival
    ("frames", "heldout120"): (0.83, 0.86, 0.78),  # measured 0.864 / 0.891 / 0.809 on arrival
    ("frames", "heldout121"): (0.75, 0.75, 0.57),  # measured 0.783 / 0.787 / 0.607 on arrival
    ("frames", "heldout122"): (0.77, 0.80, 0.69),  # measured 0.805 / 0.838 / 0.727 on arrival
    ("frames", "heldout123"): (0.67, 0.69, 0.55),  # measured 0.708 / 0.722 / 0.589 on arrival
    ("frames", "heldout124"): (0.76, 0.77, 0.70),  # measured 0.793 / 0.800 / 0.734 on arrival
    ("frames", "heldout125"): (0.73, 0.79, 0.63),  # measured 0.765 / 0.828 / 0.661 on arrival
    ("frames", "heldout126"): (0.75, 0.76, 0.68),  # measured 0.785 / 0.791 / 0.713 on arrival
    ("frames", "heldout127"): (0.68, 0.67, 0.54),  # measured 0.714 / 0.708 / 0.572 on arrival
    ("frames", "heldout128"): (0.73, 0.73, 0.62),  # measured 0.762 / 0.761 / 0.655 on arrival
    ("frames", "heldout129"): (0.63, 0.66, 0.56),  # measured 0.668 / 0.697 / 0.592 on arrival
    ("frames", "heldout130"): (0.82, 0.85, 0.75),  # measured 0.850 / 0.880 / 0.783 on arrival
    ("frames", "heldout131"): (0.70, 0.74, 0.65),  # measured 0.734 / 0.776 / 0.685 on arrival
    ("frames", "heldout132"): (0.85, 0.86, 0.73),  # measured 0.885 / 0.898 / 0.764 on arrival
    ("frames", "heldout133"): (0.74, 0.77, 0.60),  # measured 0.776 / 0.805 / 0.636 on arrival
    ("frames", "heldout134"): (0.85, 0.89, 0.80),  # measured 0.886 / 0.927 / 0.832 on arrival
    ("frames", "heldout135"): (0.75, 0.77, 0.63),  # measured 0.784 / 0.806 / 0.665 on arrival
    ("frames", "heldout136"): (0.83, 0.86, 0.72),  # measured 0.861 / 0.890 / 0.759 on arrival
    ("frames", "heldout137"): (0.75, 0.79, 0.62),  # measured 0.787 / 0.824 / 0.655 on arrival
    ("frames", "heldout138"): (0.85, 0.89, 0.78),  # measured 0.883 / 0.926 / 0.817 on arrival
    ("frames", "heldout139"): (0.68, 0.70, 0.61),  # measured 0.713 / 0.732 / 0.648 on arrival
    ("frames", "heldout140"): (0.75, 0.85, 0.65),  # measured 0.779 / 0.881 / 0.679 on arrival
    ("frames", "heldout141"): (0.73, 0.78, 0.63),  # measured 0.766 / 0.811 / 0.660 on arrival
    ("frames", "heldout142"): (0.77, 0.84, 0.69),  # measured 0.806 / 0.872 / 0.728 on arrival
    ("frames", "heldout143"): (0.72, 0.76, 0.64),  # measured 0.753 / 0.798 / 0.674 on arrival
    ("frames", "heldout144"): (0.89, 0.93, 0.78),  # measured 0.921 / 0.961 / 0.815 on arrival
    ("frames", "heldout145"): (0.73, 0.74, 0.60),  # measured 0.762 / 0.777 / 0.631 on arrival
    ("frames", "heldout146"): (0.82, 0.84, 0.75),  # measured 0.850 / 0.875 / 0.786 on arrival
    ("frames", "heldout147"): (0.73, 0.76, 0.68),  # measured 0.760 / 0.798 / 0.716 on arrival
    ("frames", "heldout148"): (0.82, 0.85, 0.74),  # measured 0.856 / 0.881 / 0.777 on arrival
    ("frames", "heldout149"): (0.79, 0.83, 0.72),  # measured 0.829 / 0.863 / 0.752 on arrival
    ("frames", "heldout150"): (0.90, 0.92, 0.84),  # measured 0.931 / 0.958 / 0.870 on arrival
    ("frames", "heldout151"): (0.72, 0.84, 0.65),  # measured 0.752 / 0.877 / 0.680 on arrival
    ("frames", "heldout152"): (0.88, 0.92, 0.83),  # measured 0.910 / 0.958 / 0.869 on arrival
    ("frames", "heldout153"): (0.76, 0.76, 0.67),  # measured 0.793 / 0.793 / 0.704 on arrival
    ("frames", "heldout154"): (0.84, 0.86, 0.73),  # measured 0.871 / 0.897 / 0.766 on arrival
    ("frames", "heldout155"): (0.77, 0.79, 0.69),  # measured 0.801 / 0.829 / 0.719 on arrival
    ("frames", "heldout156"): (0.88, 0.89, 0.81),  # measured 0.909 / 0.926 / 0.841 on arrival
    ("frames", "heldout157"): (0.74, 0.79, 0.66),  # measured 0.775 / 0.819 / 0.694 on arrival
    ("frames", "heldout158"): (0.82, 0.85, 0.70),  # measured 0.854 / 0.881 / 0.738 on arrival
    ("frames", "heldout159"): (0.75, 0.80, 0.67),  # measured 0.782 / 0.835 / 0.709 on arrival
    ("frames", "heldout160"): (0.80, 0.82, 0.74),  # measured 0.835 / 0.857 / 0.769 on arrival
    ("frames", "heldout161"): (0.78, 0.82, 0.70),  # measured 0.816 / 0.851 / 0.731 on arrival
    ("frames", "heldout162"): (0.88, 0.91, 0.80),  # measured 0.912 / 0.943 / 0.833 on arrival
    ("frames", "heldout163"): (0.71, 0.72, 0.57),  # measured 0.743 / 0.758 / 0.602 on arrival
    ("frames", "heldout164"): (0.87, 0.89, 0.78),  # measured 0.901 / 0.925 / 0.815 on arrival
    ("frames", "heldout165"): (0.78, 0.80, 0.71),  # measured 0.811 / 0.835 / 0.745 on arrival
    ("frames", "heldout166"): (0.85, 0.87, 0.79),  # measured 0.882 / 0.906 / 0.826 on arrival
    ("frames", "heldout167"): (0.72, 0.77, 0.62),  # measured 0.754 / 0.807 / 0.654 on arrival
    ("frames", "heldout168"): (0.84, 0.87, 0.73),  # measured 0.877 / 0.900 / 0.765 on arrival
    ("frames", "heldout169"): (0.73, 0.76, 0.68),  # measured 0.767 / 0.796 / 0.717 on arrival
    ("frames", "heldout170"): (0.85, 0.89, 0.76),  # measured 0.883 / 0.926 / 0.794 on arrival
    ("frames", "heldout171"): (0.83, 0.84, 0.72),  # measured 0.860 / 0.874 / 0.752 on arrival
    ("frames", "heldout172"): (0.86, 0.88, 0.79),  # measured 0.895 / 0.913 / 0.824 on arrival
    ("frames", "heldout173"): (0.66, 0.71, 0.60),  # measured 0.698 / 0.740 / 0.629 on arrival
    ("frames", "heldout174"): (0.77, 0.79, 0.70),  # measured 0.802 / 0.821 / 0.736 on arrival
    ("frames", "heldout175"): (0.74, 0.77, 0.60),  # measured 0.778 / 0.809 / 0.632 on arrival
    # the second French and Spanish sets, sealed until scored at 32d90db (read by the language packs)
    ("frames", "fr2"): (0.81, 0.87, 0.69),  # now 0.833 / 0.889 / 0.707 (blind on arrival: 0.468)
    ("frames", "es2"): (0.80, 0.83, 0.62),  # now 0.827 / 0.856 / 0.640 (blind on arrival: 0.620)
    # the third French and Spanish sets, sealed until scored at f2e7960
    ("frames", "fr3"): (0.75, 0.84, 0.52),  # now 0.774 / 0.861 / 0.540 (blind on arrival: 0.694)
    ("frames", "es3"): (0.78, 0.86, 0.57),  # now 0.806 / 0.888 / 0.597 (blind on arrival: 0.677)
    # the fourth French and Spanish sets, sealed until scored at 2ed0dc1
    ("frames", "fr4"): (0.78, 0.89, 0.56),  # now 0.806 / 0.914 / 0.580 (blind on arrival: 0.725)
    ("frames", "es4"): (0.79, 0.87, 0.59),  # now 0.815 / 0.897 / 0.610 (blind on arrival: 0.646)
    # the fifth French and Spanish sets, sealed until scored at 348c255
    ("frames", "fr5"): (0.82, 0.86, 0.64),  # now 0.848 / 0.883 / 0.663 (blind on arrival: 0.683)
    ("frames", "es5"): (0.82, 0.88, 0.59),  # now 0.843 / 0.901 / 0.614 (blind on arrival: 0.694)
    # the sixth French and Spanish sets, sealed until scored at 1bf6c23
    ("frames", "fr6"): (0.80, 0.88, 0.61),  # now 0.824 / 0.903 / 0.637 (blind on arrival: 0.788)
    ("frames", "es6"): (0.71, 0.79, 0.54),  # now 0.736 / 0.815 / 0.569 (blind on arrival: 0.706)
    # the seventh French and Spanish sets, sealed until scored at b7bb903
    ("frames", "fr7"): (0.75, 0.83, 0.64),  # measured 0.780 / 0.862 / 0.672 on arrival
    ("frames", "es7"): (0.68, 0.83, 0.54),  # measured 0.706 / 0.857 / 0.571 on arrival
    # the eighth French and Spanish sets, sealed until scored at 5b3ba2d (after the sixth round)
    ("frames", "fr8"): (0.76, 0.83, 0.63),  # measured 0.782 / 0.853 / 0.657 on arrival
    ("frames", "es8"): (0.72, 0.82, 0.58),  # measured 0.741 / 0.851 / 0.605 on arrival
    # the ninth French and Spanish sets, sealed until scored at 206a449 (no language-pack work since fr8/es8)
    ("frames", "fr9"): (0.70, 0.80, 0.56),  # measured 0.724 / 0.822 / 0.584 on arrival
    ("frames", "es9"): (0.74, 0.82, 0.62),  # measured 0.765 / 0.846 / 0.649 on arrival
    # the tenth French and Spanish sets, sealed until scored at 94a82b5 (after the seventh round)
    ("frames", "fr10"): (0.75, 0.81, 0.62),  # measured 0.781 / 0.837 / 0.652 on arrival
    ("frames", "es10"): (0.72, 0.80, 0.57),  # measured 0.750 / 0.828 / 0.595 on arrival
    # the eleventh French and Spanish sets, sealed until scored at 46e16ae (after the eighth round)
    ("frames", "fr11"): (0.73, 0.80, 0.61),  # measured 0.755 / 0.830 / 0.633 on arrival
    ("frames", "es11"): (0.79, 0.88, 0.61),  # measured 0.815 / 0.908 / 0.637 on arrival
    # the twelfth French and Spanish sets, sealed until scored at f0d0492 (after the ninth round)
    ("frames", "fr12"): (0.74, 0.80, 0.56),  # measured 0.764 / 0.832 / 0.589 on arrival
    ("frames", "es12"): (0.74, 0.82, 0.58),  # measured 0.767 / 0.846 / 0.611 on arrival
    # the thirteenth French and Spanish sets, sealed until scored at e49ee4d and 9081283
    ("frames", "fr13"): (0.72, 0.83, 0.58),  # measured 0.742 / 0.860 / 0.612 on arrival
    ("frames", "es13"): (0.70, 0.80, 0.54),  # measured 0.732 / 0.827 / 0.570 on arrival
    # the fourteenth French and Spanish sets, sealed until scored at 7565394
    ("frames", "fr14"): (0.77, 0.87, 0.55),  # measured 0.795 / 0.895 / 0.579 on arrival
    ("frames", "es14"): (0.77, 0.85, 0.62),  # measured 0.799 / 0.877 / 0.651 on arrival
    # the fifteenth French and Spanish sets, sealed until scored at fb29f64
    ("frames", "fr15"): (0.78, 0.86, 0.57),  # measured 0.804 / 0.886 / 0.598 on arrival
    ("frames", "es15"): (0.68, 0.77, 0.49),  # measured 0.710 / 0.793 / 0.518 on arrival
    # the sixteenth French and Spanish sets, sealed until scored at acfd1b4
    ("frames", "fr16"): (0.71, 0.80, 0.55),  # measured 0.741 / 0.829 / 0.582 on arrival
    ("frames", "es16"): (0.66, 0.77, 0.59),  # measured 0.687 / 0.796 / 0.618 on arrival
    ("frames", "fr17"): (0.74, 0.80, 0.66),  # measured 0.772 / 0.830 / 0.688 on arrival
    ("frames", "es17"): (0.76, 0.81, 0.61),  # measured 0.791 / 0.844 / 0.639 on arrival
    ("frames", "fr18"): (0.77, 0.83, 0.58),  # measured 0.801 / 0.858 / 0.611 on arrival
    ("frames", "es18"): (0.66, 0.74, 0.53),  # measured 0.688 / 0.775 / 0.562 on arrival
    ("frames", "fr19"): (0.78, 0.86, 0.57),  # measured 0.809 / 0.884 / 0.596 on arrival
    ("frames", "es19"): (0.61, 0.66, 0.50),  # measured 0.633 / 0.687 / 0.524 on arrival
    ("frames", "fr20"): (0.75, 0.85, 0.48),  # measured 0.777 / 0.878 / 0.513 on arrival
    ("frames", "es20"): (0.68, 0.77, 0.58),  # measured 0.708 / 0.797 / 0.611 on arrival
    ("frames", "fr21"): (0.71, 0.81, 0.57),  # measured 0.741 / 0.841 / 0.601 on arrival
    ("frames", "es21"): (0.69, 0.80, 0.58),  # measured 0.714 / 0.826 / 0.609 on arrival
    ("frames", "fr22"): (0.77, 0.81, 0.54),  # measured 0.797 / 0.841 / 0.571 on arrival
    ("frames", "es22"): (0.85, 0.87, 0.69),  # measured 0.879 / 0.904 / 0.721 on arrival
    ("frames", "fr23"): (0.70, 0.81, 0.49),  # measured 0.739 / 0.843 / 0.527 on arrival
    ("frames", "es23"): (0.68, 0.73, 0.59),  # measured 0.713 / 0.763 / 0.621 on arrival
    ("frames", "fr24"): (0.75, 0.81, 0.64),  # measured 0.780 / 0.843 / 0.678 on arrival
    ("frames", "es24"): (0.77, 0.85, 0.69),  # measured 0.802 / 0.879 / 0.725 on arrival
    ("frames", "fr25"): (0.76, 0.81, 0.63),  # measured 0.792 / 0.846 / 0.665 on arrival
    ("frames", "es25"): (0.68, 0.75, 0.57),  # measured 0.717 / 0.780 / 0.601 on arrival
    ("frames", "fr26"): (0.76, 0.83, 0.61),  # measured 0.791 / 0.866 / 0.648 on arrival
    ("frames", "es26"): (0.78, 0.88, 0.62),  # measured 0.814 / 0.919 / 0.657 on arrival
    ("frames", "fr27"): (0.79, 0.88, 0.65),  # measured 0.821 / 0.910 / 0.682 on arrival
    ("frames", "es27"): (0.71, 0.80, 0.66),  # measured 0.741 / 0.835 / 0.699 on arrival
    ("frames", "fr28"): (0.75, 0.82, 0.67),  # measured 0.784 / 0.853 / 0.707 on arrival
    ("frames", "es28"): (0.69, 0.78, 0.55),  # measured 0.721 / 0.815 / 0.580 on arrival
    ("frames", "fr29"): (0.76, 0.80, 0.64),  # measured 0.789 / 0.836 / 0.674 on arrival
    ("frames", "es29"): (0.77, 0.84, 0.68),  # measured 0.799 / 0.874 / 0.716 on arrival
    ("frames", "fr30"): (0.69, 0.76, 0.54),  # measured 0.722 / 0.791 / 0.579 on arrival
    ("frames", "es30"): (0.73, 0.80, 0.55),  # measured 0.768 / 0.835 / 0.586 on arrival
    ("frames", "fr31"): (0.69, 0.77, 0.62),  # measured 0.727 / 0.800 / 0.654 on arrival
    ("frames", "es31"): (0.80, 0.88, 0.73),  # measured 0.830 / 0.914 / 0.764 on arrival
    ("frames", "fr32"): (0.68, 0.77, 0.51),  # measured 0.711 / 0.802 / 0.542 on arrival
    ("frames", "es32"): (0.74, 0.81, 0.66),  # measured 0.774 / 0.848 / 0.696 on arrival
    ("frames", "fr33"): (0.73, 0.79, 0.55),  # measured 0.767 / 0.827 / 0.585 on arrival
    ("frames", "es33"): (0.80, 0.85, 0.74),  # measured 0.833 / 0.885 / 0.778 on arrival
    ("frames", "fr34"): (0.83, 0.89, 0.61),  # measured 0.865 / 0.925 / 0.641 on arrival
    ("frames", "es34"): (0.76, 0.85, 0.67),  # measured 0.793 / 0.887 / 0.709 on arrival
    ("frames", "fr35"): (0.75, 0.83, 0.59),  # measured 0.788 / 0.864 / 0.628 on arrival
    ("frames", "es35"): (0.73, 0.82, 0.62),  # measured 0.766 / 0.857 / 0.655 on arrival
    ("frames", "fr36"): (0.79, 0.90, 0.60),  # measured 0.827 / 0.939 / 0.633 on arrival
    ("frames", "es36"): (0.80, 0.87, 0.75),  # measured 0.831 / 0.907 / 0.788 on arrival
    ("frames", "fr37"): (0.79, 0.83, 0.66),  # measured 0.828 / 0.869 / 0.698 on arrival
    ("frames", "es37"): (0.73, 0.86, 0.61),  # measured 0.769 / 0.900 / 0.641 on arrival
    ("frames", "fr38"): (0.80, 0.88, 0.66),  # measured 0.838 / 0.911 / 0.696 on arrival
    ("frames", "es38"): (0.73, 0.82, 0.64),  # measured 0.762 / 0.856 / 0.677 on arrival
    ("frames", "fr39"): (0.76, 0.84, 0.57),  # measured 0.794 / 0.876 / 0.601 on arrival
    ("frames", "es39"): (0.75, 0.85, 0.64),  # measured 0.787 / 0.889 / 0.673 on arrival
    ("frames", "fr40"): (0.76, 0.86, 0.62),  # measured 0.789 / 0.893 / 0.655 on arrival
    ("frames", "es40"): (0.70, 0.80, 0.59),  # measured 0.738 / 0.832 / 0.623 on arrival
    ("frames", "fr41"): (0.76, 0.82, 0.62),  # measured 0.791 / 0.852 / 0.649 on arrival
    ("frames", "es41"): (0.72, 0.81, 0.53),  # measured 0.757 / 0.848 / 0.568 on arrival
    ("frames", "fr42"): (0.69, 0.74, 0.56),  # measured 0.727 / 0.779 / 0.595 on arrival
    ("frames", "es42"): (0.77, 0.86, 0.69),  # measured 0.804 / 0.891 / 0.722 on arrival
    ("frames", "fr43"): (0.73, 0.80, 0.64),  # measured 0.769 / 0.839 / 0.676 on arrival
    ("frames", "es43"): (0.72, 0.80, 0.58),  # measured 0.755 / 0.833 / 0.618 on arrival
    ("frames", "fr44"): (0.72, 0.78, 0.58),  # measured 0.754 / 0.817 / 0.619 on arrival
    ("frames", "es44"): (0.78, 0.87, 0.64),  # measured 0.819 / 0.905 / 0.674 on arrival
    ("frames", "fr45"): (0.76, 0.83, 0.63),  # measured 0.797 / 0.867 / 0.667 on arrival
    ("frames", "es45"): (0.73, 0.83, 0.64),  # measured 0.767 / 0.864 / 0.673 on arrival
    ("frames", "fr46"): (0.73, 0.82, 0.65),  # measured 0.765 / 0.859 / 0.680 on arrival
    ("frames", "es46"): (0.72, 0.80, 0.62),  # measured 0.754 / 0.830 / 0.650 on arrival
    ("frames", "fr47"): (0.72, 0.78, 0.60),  # measured 0.751 / 0.819 / 0.639 on arrival
    ("frames", "es47"): (0.82, 0.90, 0.63),  # measured 0.853 / 0.934 / 0.667 on arrival
}


def _dir(name: str) -> Path:
    return DEV if name == "dev" else FIXTURES / name


@cache
def _extracted(extractor: str, path: Path) -> tuple[dict[str, Any], ...]:
    """An article's claims, extracted once for both the lenient and the strict report (extraction is
    most of this file's time; the scoring of one set of claims is cheap)."""
    return tuple(extract_file(path, extractor=extractor))


@cache
def _report(extractor: str, name: str, strict: bool) -> Report:
    run = lambda path: [copy.deepcopy(c) for c in _extracted(extractor, path)]  # noqa: E731
    return evaluate(_dir(name), strict=strict, extractor=run)


@pytest.mark.parametrize(("extractor", "name"), sorted(FLOORS))
def test_floors(extractor: str, name: str) -> None:
    if not _dir(name).is_dir():
        pytest.skip(f"gold set not found at {_dir(name)}")
    f1, precision, strict_f1 = FLOORS[(extractor, name)]
    lenient = _report(extractor, name, False).micro
    assert lenient.f1 >= f1, f"{extractor} on {name}: micro-F1 {lenient.f1:.3f} fell below the pinned {f1}"
    assert lenient.precision >= precision, (
        f"{extractor} on {name}: precision {lenient.precision:.3f} < {precision}"
    )
    strict = _report(extractor, name, True).micro
    assert strict.f1 >= strict_f1, f"{extractor} on {name}: strict F1 {strict.f1:.3f} < {strict_f1}"


@pytest.mark.skipif(not DEV.is_dir(), reason=f"development corpus not found at {DEV}")
@pytest.mark.parametrize("extractor", ["rules", "frames"])
def test_every_seed_fact_found(extractor: str) -> None:
    (article,) = DEV.glob("00-seed*.txt")
    golds = json.loads((DEV / (article.stem + ".gold.json")).read_text(encoding="utf-8"))
    got = extract_file(article, extractor=extractor)
    for measure in {g["measure"] for g in golds}:
        gm = [g for g in golds if g["measure"] == measure]
        cm = [c for c in got if c["measure"] == measure]
        _, missed, _ = match(gm, cm, strict=False)
        assert not missed, f"{extractor}: seed facts missed: {[gm[i] for i in missed]}"

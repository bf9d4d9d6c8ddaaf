// huis default theme: small enhancements only; every page works without this.
(function () {
  "use strict";

  // Mark today's row in opening-hours tables, in Belgian time (the build
  // cannot know the visitor's "today").
  function belgianWeekday() {
    try {
      var name = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Brussels", weekday: "short" }).format(new Date());
      return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(name) + 1;
    } catch (e) {
      var day = new Date().getDay();
      return day === 0 ? 7 : day;
    }
  }

  function markToday() {
    var today = belgianWeekday();
    if (today < 1) return;
    var label = document.documentElement.getAttribute("data-today-label") || "vandaag";
    var rows = document.querySelectorAll('table.hours tr[data-day="' + today + '"]');
    for (var i = 0; i < rows.length; i++) {
      rows[i].classList.add("today");
      rows[i].setAttribute("data-today", label);
      var cell = rows[i].querySelector("th");
      if (cell && !cell.querySelector(".visually-hidden")) {
        var hidden = document.createElement("span");
        hidden.className = "visually-hidden";
        hidden.textContent = " (" + label + ")";
        cell.appendChild(hidden);
      }
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", markToday);
  } else {
    markToday();
  }
})();

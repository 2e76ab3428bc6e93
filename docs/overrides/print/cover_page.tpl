{#- The title page of course.pdf (the print-site plugin renders it with
    the site's config; hooks/course_pdf.py prints it) -#}
<div class="course-cover">
  <h1>{{ config.site_name }}</h1>
  <p class="course-cover__lead">{{ config.site_description }}</p>
  <p>Every lesson and the data page of the course site, in reading order.
     The code, the printed outputs and the figures come from the tested
     package <code>snippets</code>
     (<code>pip install zero-to-one-nn-snippets</code>).</p>
  <p>Source: github.com/{{ config.extra.repository }}
     ({{ config.extra.branch }})</p>
  <p class="course-cover__licence">{{ config.copyright }}</p>
</div>
